using MLCourse.Runner.Lessons;

namespace MLCourse.Tests.Support;

/// <summary>
/// Whether every character of a lesson's cells that is not ASCII came through into what was made from it (the executed
/// notebook, the app, the website page), as lesson 01's "…" once did not: each such character at least as many times as
/// in the cells, and no U+FFFD (the mark of bytes decoded wrong) that the cells do not hold.
/// </summary>
internal static class NonAscii
{
    public static void AssertSurvives(Lesson lesson, string made, string what)
    {
        var source = string.Concat(lesson.Cells.Select(c => c.Source));
        static int Count(string text, char c) => text.Count(t => t == c);

        Assert.All(source.Where(c => c > 127).Distinct(), c => Assert.True(Count(made, c) >= Count(source, c),
            $"{lesson.Name}: '{c}' (U+{(int)c:X4}) is {Count(source, c)} times in the lesson's cells but {Count(made, c)} times in {what}."));
        Assert.True(Count(made, '\uFFFD') == Count(source, '\uFFFD'), $"{lesson.Name}: {what} holds U+FFFD, a character decoded from broken bytes.");
    }
}
