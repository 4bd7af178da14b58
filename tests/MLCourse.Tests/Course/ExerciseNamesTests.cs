using System.Reflection;
using System.Text.RegularExpressions;

namespace MLCourse.Tests.Course;

/// <summary>
/// Every exercise the README or a lesson names (<c>Lesson04.BaselineMacroF1.Hint()</c>) exists in the helper library: a
/// learner copies these first, and a name that is not there fails with CS0117.
/// </summary>
public sealed partial class ExerciseNamesTests
{
    [Fact]
    public void Every_exercise_the_README_names_exists_in_the_helper_library()
    {
        var named = Named(File.ReadAllText(Path.Combine(Repository.Folders.Root, "README.md")));

        Assert.NotEmpty(named);   // the README shows how to ask for a hint; if it no longer does, this test has nothing to check
        var missing = Missing(named);
        Assert.True(missing.Count == 0,
            $"The README names {string.Join(", ", missing)}, which the helper library does not have (a learner who copies it gets CS0117). " +
            "Name an exercise that exists (src/MLCourse/Exercises/Lessons/).");
    }

    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public void Every_exercise_a_lesson_names_exists_in_the_helper_library(string lesson)
    {
        var missing = Repository.LessonNamed(lesson).Cells
            .SelectMany(cell => Missing(Named(cell.Source)).Select(name => $"{name} (cell {cell.Number})"))
            .ToList();

        Assert.True(missing.Count == 0,
            $"{lesson} names {string.Join(", ", missing)}, which the helper library does not have (a learner who copies it gets CS0117). " +
            "Name an exercise that exists (src/MLCourse/Exercises/Lessons/).");
    }

    private static List<string> Named(string text) =>
        ExerciseReference().Matches(text).Select(m => $"{m.Groups["lesson"].Value}.{m.Groups["member"].Value}").Distinct().ToList();

    private static List<string> Missing(IEnumerable<string> named)
    {
        var library = typeof(MLCourse.Course).Assembly;
        return named.Where(n => n.Split('.') is [var lesson, var member] &&
                                library.GetType($"MLCourse.Exercises.{lesson}")?.GetMember(member, BindingFlags.Public | BindingFlags.Static).Length is null or 0)
            .ToList();
    }

    [GeneratedRegex(@"\b(?<lesson>Lesson\d\d)\.(?<member>[A-Z]\w*)")]
    private static partial Regex ExerciseReference();
}
