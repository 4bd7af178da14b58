namespace MLCourse.Text;

/// <summary>One text value, the row type of <see cref="HeaderLines.Removing"/>'s custom mapping (its column name is set by a schema definition).</summary>
public sealed class TextValue
{
    /// <summary>The text.</summary>
    public string Value { get; set; } = "";
}
