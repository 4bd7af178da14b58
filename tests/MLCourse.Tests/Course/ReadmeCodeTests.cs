using System.Reflection;
using System.Text.RegularExpressions;

namespace MLCourse.Tests.Course;

/// <summary>The README's examples name things that exist: a learner copies them first.</summary>
public sealed partial class ReadmeCodeTests
{
    [Fact]
    public void Every_exercise_the_README_names_exists_in_the_helper_library()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Folders.Root, "README.md"));
        var named = ExerciseReference().Matches(readme).Select(m => (Lesson: m.Groups["lesson"].Value, Member: m.Groups["member"].Value)).Distinct().ToList();

        Assert.NotEmpty(named);   // the README shows how to ask for a hint; if it no longer does, this test has nothing to check
        var library = typeof(MLCourse.Course).Assembly;
        var missing = named.Where(n => library.GetType($"MLCourse.Exercises.{n.Lesson}")?.GetProperty(n.Member, BindingFlags.Public | BindingFlags.Static) is null)
            .Select(n => $"{n.Lesson}.{n.Member}").ToList();
        Assert.True(missing.Count == 0,
            $"The README names {string.Join(", ", missing)}, which the helper library does not have (a learner who copies it gets CS0117). " +
            "Name an exercise that exists (src/MLCourse/Exercises/Lessons/).");
    }

    [GeneratedRegex(@"\b(?<lesson>Lesson\d\d)\.(?<member>[A-Z]\w*)")]
    private static partial Regex ExerciseReference();
}
