namespace MLCourse.Data;

/// <summary>A penguin as the API sends it: the measurements nested in their own object.</summary>
public sealed record PenguinRecord(int Id, string Species, string Island, string? Sex, Measurements Measurements)
{
    internal static IReadOnlyList<PenguinRecord> FromCourseData()
    {
        var frame = CourseData.LoadPenguins();
        return Enumerable.Range(0, (int)frame.Rows.Count).Select(i => new PenguinRecord(
            i + 1, (string)frame["Species"][i], (string)frame["Island"][i], (string?)frame["Sex"][i],
            new Measurements((float?)frame["Beak Length (mm)"][i], (float?)frame["Beak Depth (mm)"][i],
                (float?)frame["Flipper Length (mm)"][i], (float?)frame["Body Mass (g)"][i]))).ToList();
    }
}
