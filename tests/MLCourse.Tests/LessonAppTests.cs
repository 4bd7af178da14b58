using MLCourse.Runner.Apps;

namespace MLCourse.Tests;

/// <summary>
/// Every lesson exports to a file-based app that behaves like its notebook (the guard for every lesson to come), and the
/// committed apps, <c>notebooks/NN-name.cs</c>, are exactly what the notebooks export.
/// </summary>
public sealed class LessonAppTests
{
    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public void Lesson_exports_to_a_program_that_behaves_like_the_notebook(string lesson)
    {
        var problems = AppHygiene.Check(LessonSource.Load(Repository.LessonNamed(lesson).Path));

        Assert.True(problems.Count == 0,
            $"{lesson} cannot be exported as a file-based app that behaves like the notebook:\n  {string.Join("\n  ", problems)}");
    }

    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public void Lesson_s_committed_app_is_what_its_notebook_exports(string lesson)
    {
        var difference = AppFiles.Difference(Repository.LessonNamed(lesson), Repository.Folders);

        Assert.True(difference is null, difference);
    }

    [Fact]
    public void Every_cs_file_in_the_notebooks_folder_is_a_lesson_s_app()
    {
        var lessons = Repository.Lessons.Select(l => l.Name + ".cs").ToHashSet();
        var strays = Directory.EnumerateFiles(AppFiles.Folder(Repository.Folders), "*.cs").Select(Path.GetFileName).Where(f => !lessons.Contains(f!)).ToList();

        Assert.True(strays.Count == 0, $"notebooks/ holds .cs files no lesson exports: {string.Join(", ", strays)}. Delete them (a lesson was renamed or removed?).");
    }

    [Fact]
    public void The_README_gives_the_command_that_runs_each_lesson_s_app()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Folders.Root, "README.md"));

        Assert.All(Repository.Lessons, l => Assert.Contains($"dotnet run --file notebooks/{l.Name}.cs", readme));
    }
}
