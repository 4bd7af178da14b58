using MLCourse.Runner.Site;

namespace MLCourse.Tests.Runner.Site;

public sealed class CourseOutlineTests
{
    [Fact]
    public void Reads_what_each_lesson_teaches_from_the_readme_table()
    {
        var outline = CourseOutline.Read("""
            | # | lesson | you learn to | status |
            |---|---|---|---|
            | 00 | [Welcome](notebooks/00-welcome.ipynb) | know why C# for ML | ready |
            | 10 | [Text](notebooks/10-classify-text.ipynb) | filter spam, with thresholds | in progress |
            not a row | 11 | x |
            """);

        Assert.Equal(["00", "10"], outline.Keys.Order());
        Assert.Equal(new OutlineEntry("10", "filter spam, with thresholds", "in progress"), outline["10"]);
    }

    [Fact]
    public void The_real_readme_describes_every_lesson()
    {
        var outline = CourseOutline.Read(File.ReadAllText(Path.Combine(Repository.Folders.Root, "README.md")));

        Assert.All(Repository.Lessons, l => Assert.False(string.IsNullOrWhiteSpace(outline.GetValueOrDefault(l.Number)?.Teaches), $"README has no row for lesson {l.Number}."));
    }

    [Theory]
    [InlineData("00", "Part one: the classic path")]
    [InlineData("09", "Part one: the classic path")]
    [InlineData("10", "Part two: beyond tables")]
    [InlineData("12", "Part two: beyond tables")]
    [InlineData("13", "Part two: beyond tables")]
    [InlineData("14", "Part two: beyond tables")]
    [InlineData("15", "Part two: beyond tables")]
    public void Lessons_from_10_on_are_part_two(string number, string part) => Assert.Equal(part, CourseOutline.Part(number));
}
