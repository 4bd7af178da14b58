namespace MLCourse.Data;

/// <summary>One passage of a State of the Union address: a run of whole sentences, in the order they were given.</summary>
/// <param name="Address">The address it comes from, <c>year-president</c>, e.g. <c>1862-abraham-lincoln</c>.</param>
/// <param name="Year">The year the address was given.</param>
/// <param name="President">The president who gave it.</param>
/// <param name="Party">The president's party as the source records it (<c>none</c> for Washington).</param>
/// <param name="Number">The passage's place in its address, from 0.</param>
/// <param name="Text">The passage's text.</param>
public sealed record SotuPassage(string Address, int Year, string President, string Party, int Number, string Text)
{
    /// <summary>The decade, e.g. 1860 for 1862.</summary>
    public int Decade => Year / 10 * 10;
}
