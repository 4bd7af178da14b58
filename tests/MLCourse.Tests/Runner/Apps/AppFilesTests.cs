using MLCourse.Exercises;
using MLCourse.Runner;
using MLCourse.Runner.Apps;
using MLCourse.Runner.Lessons;

namespace MLCourse.Tests.Runner.Apps;

/// <summary>Where the apps live, whether they are what their notebooks export, and the runner's --export-apps and --check-apps.</summary>
public sealed class AppFilesTests
{
    /// <summary>A temporary course with two lessons that export, and the lessons.</summary>
    private static (TemporaryCourse Course, IReadOnlyList<Lesson> Lessons) Course(string name)
    {
        var course = TemporaryCourse.Create(name);
        var first = course.Add("91-first", NotebookJson.Of(
            NotebookJson.Markdown("# 91 · First"), NotebookJson.Code(TemporaryCourse.SetupCell()), NotebookJson.Code("var total = 1 + 2;\ntotal")));
        var second = course.Add("92-second", NotebookJson.Of(
            NotebookJson.Markdown("# 92 · Second"), NotebookJson.Code(TemporaryCourse.SetupCell()),
            NotebookJson.Code("Func<string, double>? parseEuropean = null;", exercise: "01.2"),
            NotebookJson.Code("MLCourse.Exercises.Lesson01.ParseEuropean.Check(parseEuropean)")));
        return (course, [first, second]);
    }

    /// <summary>A lesson the exporter refuses (a magic command).</summary>
    private static Lesson Unexportable(TemporaryCourse course) =>
        course.Add("93-magic", NotebookJson.Of(NotebookJson.Markdown("# 93 · Magic"), NotebookJson.Code("#!time\nvar x = 1;")));

    [Fact]
    public void Apps_live_next_to_their_notebooks_and_solution_copies_under_artifacts()
    {
        Assert.Equal(Repository.Folders.Notebooks, AppFiles.Folder(Repository.Folders));
        Assert.Equal(Path.Combine(Repository.Folders.Artifacts, "apps-solutions"), AppFiles.SolutionsFolder(Repository.Folders));
    }

    [Fact]
    public void With_the_solutions_the_app_holds_each_solution_and_goes_under_artifacts()
    {
        var (course, lessons) = Course("apps-solutions");

        var app = AppFiles.Export(lessons[1], course.Folders, solutions: true);
        var shipped = AppFiles.Export(lessons[1], course.Folders);

        Assert.Equal(Path.Combine(AppFiles.SolutionsFolder(course.Folders), "92-second.cs"), app.Path);
        Assert.Contains(ExerciseCatalog.Find("01.2").SolutionCode, app.Text);
        Assert.Contains("// Made from notebooks/92-second.ipynb, with each exercise's solution in its answer cell, by", app.Text);
        Assert.Contains("Func<string, double>? parseEuropean = null;", shipped.Text);
        Assert.DoesNotContain(ExerciseCatalog.Find("01.2").SolutionCode, shipped.Text);
    }

    [Fact]
    public void Write_writes_the_app_and_leaves_a_file_that_is_already_right_untouched()
    {
        var (course, lessons) = Course("apps-write");

        var app = AppFiles.Write(lessons[0], course.Folders);
        var old = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(app.Path, old);
        AppFiles.Write(lessons[0], course.Folders);

        Assert.Equal(Path.Combine(course.Folders.Notebooks, "91-first.cs"), app.Path);
        Assert.Equal(app.Text, File.ReadAllText(app.Path));
        Assert.Equal(old, File.GetLastWriteTimeUtc(app.Path));
    }

    [Fact]
    public void An_app_is_different_when_it_is_missing_or_out_of_date_and_says_where_and_how_to_export_it()
    {
        var (course, lessons) = Course("apps-difference");
        var path = Path.Combine(course.Folders.Notebooks, "91-first.cs");

        var missing = AppFiles.Difference(lessons[0], course.Folders);
        var app = AppFiles.Write(lessons[0], course.Folders);
        var same = AppFiles.Difference(lessons[0], course.Folders);
        File.WriteAllText(path, app.Text.Replace("\n", "\r\n"));
        var crlf = AppFiles.Difference(lessons[0], course.Folders);
        File.WriteAllText(path, app.Text.Replace("display(total);", "display(total * 2);"));
        var stale = AppFiles.Difference(lessons[0], course.Folders);

        Assert.Equal("notebooks/91-first.cs is missing: export it with 'dotnet run --project src/MLCourse.Runner -- --export-apps 91' and commit it.", missing);
        Assert.Null(same);
        Assert.Null(crlf);
        var line = Array.IndexOf(app.Text.Split('\n'), "display(total);") + 1;
        Assert.Equal($"notebooks/91-first.cs is out of date with notebooks/91-first.ipynb (first difference at line {line}: the file has `display(total * 2);`, " +
                     "the notebook exports `display(total);`). Export it again with 'dotnet run --project src/MLCourse.Runner -- --export-apps 91' and commit it. (If you typed your answers into the app, that overwrites them: this check is for the course as shipped. Run your own copy with 'dotnet run --file' instead.)", stale);
    }

    [Fact]
    public void A_lesson_that_cannot_be_exported_is_different_with_the_reasons()
    {
        var course = TemporaryCourse.Create("apps-unexportable");

        var difference = AppFiles.Difference(Unexportable(course), course.Folders);

        Assert.StartsWith("93-magic cannot be exported as a program that behaves like the notebook:\n  93-magic, cell 2, line 1 `#!time`: a magic command", difference);
    }

    [Fact]
    public void A_stale_exercises_app_is_named_as_a_stale_app_is()
    {
        var (course, lessons) = Course("apps-stale-exercises");
        AppFiles.ExportAll(course.Folders, lessons, TextWriter.Null, TestContext.Current.CancellationToken);
        var exercises = Path.Combine(course.Folders.Notebooks, "92-second" + AppExporter.ExercisesSuffix);
        File.WriteAllText(exercises, "// my answers\n");

        var difference = AppFiles.Difference(lessons[1], course.Folders);

        Assert.StartsWith("notebooks/92-second.exercises.cs is out of date with notebooks/92-second.ipynb (first difference at line 1", difference);
        Assert.Null(AppFiles.Difference(lessons[0], course.Folders));
    }

    [Fact]
    public void Export_all_writes_every_app_and_names_each_file()
    {
        var (course, lessons) = Course("apps-export-all");
        var output = new StringWriter();

        var code = AppFiles.ExportAll(course.Folders, lessons, output, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Passed, code);
        Assert.Equal(["91-first: notebooks/91-first.cs", "92-second: notebooks/92-second.cs, notebooks/92-second.exercises.cs", ""], output.ToString().Split(Environment.NewLine));
        Assert.All(lessons, l => Assert.Null(AppFiles.Difference(l, course.Folders)));
    }

    [Fact]
    public void Export_all_goes_on_past_a_lesson_it_cannot_export_and_then_fails_with_the_reasons()
    {
        var (course, lessons) = Course("apps-export-some");
        var output = new StringWriter();

        var code = AppFiles.ExportAll(course.Folders, [Unexportable(course), .. lessons], output, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.LessonsFailed, code);
        Assert.StartsWith("93-magic cannot be exported as a program that behaves like the notebook:", output.ToString());
        Assert.Contains("92-second: notebooks/92-second.cs", output.ToString());
        Assert.False(File.Exists(Path.Combine(course.Folders.Notebooks, "93-magic.cs")));
        Assert.True(File.Exists(Path.Combine(course.Folders.Notebooks, "92-second.cs")));
    }

    [Fact]
    public void Check_all_says_when_every_app_matches_and_otherwise_names_each_stale_one_with_its_first_difference()
    {
        var (course, lessons) = Course("apps-check-all");
        AppFiles.ExportAll(course.Folders, lessons, TextWriter.Null, TestContext.Current.CancellationToken);
        var matching = new StringWriter();
        var stale = new StringWriter();

        var allMatch = AppFiles.CheckAll(course.Folders, lessons, matching, TestContext.Current.CancellationToken);
        File.WriteAllText(Path.Combine(course.Folders.Notebooks, "92-second.cs"), "// 92 · Second, as it once was\n");
        var oneStale = AppFiles.CheckAll(course.Folders, lessons, stale, TestContext.Current.CancellationToken);

        Assert.Equal((ExitCodes.Passed, ExitCodes.LessonsFailed), (allMatch, oneStale));
        Assert.Equal("All apps of the 2 lessons match their notebooks." + Environment.NewLine, matching.ToString());
        Assert.Equal("notebooks/92-second.cs is out of date with notebooks/92-second.ipynb (first difference at line 1: the file has `// 92 · Second, as it once was`, " +
                     "the notebook exports `// 92 · Second`). Export it again with 'dotnet run --project src/MLCourse.Runner -- --export-apps 92' and commit it. (If you typed your answers into the app, that overwrites them: this check is for the course as shipped. Run your own copy with 'dotnet run --file' instead.)" + Environment.NewLine,
            stale.ToString());
    }

    [Fact]
    public void Ctrl_C_stops_export_all_and_check_all_before_they_touch_a_file()
    {
        var (course, lessons) = Course("apps-cancelled");
        var cancelled = new CancellationToken(canceled: true);

        Assert.ThrowsAny<OperationCanceledException>(() => AppFiles.ExportAll(course.Folders, lessons, TextWriter.Null, cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => AppFiles.CheckAll(course.Folders, lessons, TextWriter.Null, cancelled));

        Assert.Empty(Directory.EnumerateFiles(course.Folders.Notebooks, "*.cs"));
    }

    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public void Every_lesson_s_committed_app_is_what_its_notebook_exports(string lesson)
    {
        var difference = AppFiles.Difference(Repository.LessonNamed(lesson), Repository.Folders);

        Assert.True(difference is null, difference);
    }

    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public void Every_character_that_is_not_ascii_in_a_lesson_s_cells_is_in_its_app(string name)
    {
        var lesson = Repository.LessonNamed(name);

        var app = AppFiles.Export(lesson, Repository.Folders).Text;

        NonAscii.AssertSurvives(lesson, app, "its app");
    }

    [Fact]
    public void Every_cs_file_in_the_notebooks_folder_is_a_lesson_s_app_or_exercises_app()
    {
        var lessons = Repository.Lessons.SelectMany(l => AppFiles.ExportBoth(l, Repository.Folders)).Select(a => Path.GetFileName(a.Path)).ToHashSet();

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
