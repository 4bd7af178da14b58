using MLCourse.Runner.Lessons;

namespace MLCourse.Runner.Apps;

/// <summary>
/// Where the lessons' apps live: <c>notebooks/NN-name.cs</c> and, for a lesson with exercises, its exercises app
/// <c>notebooks/NN-name.exercises.cs</c>, committed next to the notebook they are made from (so that relative paths mean the
/// same, and the course's top level stays as it is) and kept equal to what the notebooks export (a test compares them);
/// copies with the exercise solutions in place go to <c>artifacts/apps-solutions/</c>, never committed.
/// No project's folder holds <c>notebooks/</c>, so no project compiles these files.
/// </summary>
public static class AppFiles
{
    /// <summary>The committed apps: the notebooks folder.</summary>
    public static string Folder(CourseFolders folders) => folders.Notebooks;

    /// <summary>The solution copies the runner and the tests build.</summary>
    public static string SolutionsFolder(CourseFolders folders) => Path.Combine(folders.Artifacts, "apps-solutions");

    /// <summary>The app of <paramref name="lesson"/> (with <paramref name="exercises"/>, its exercises app) as its notebook exports it now (nothing is written).</summary>
    /// <exception cref="InvalidOperationException">The lesson cannot be exported faithfully (or has no exercises to export); the message lists why.</exception>
    public static ExportedApp Export(Lesson lesson, CourseFolders folders, bool solutions = false, bool exercises = false) =>
        AppExporter.Export(LessonSource.From(lesson, solutions), folders, solutions ? SolutionsFolder(folders) : Folder(folders), solutions,
            exercises ? ExerciseCells.Of(lesson) : null);

    /// <summary>Both apps of <paramref name="lesson"/> as shipped: the lesson's, and its exercises app when it has exercises.</summary>
    /// <exception cref="InvalidOperationException">The lesson cannot be exported faithfully; the message lists why.</exception>
    public static IReadOnlyList<ExportedApp> ExportBoth(Lesson lesson, CourseFolders folders) =>
        lesson.HasExercises ? [Export(lesson, folders), Export(lesson, folders, exercises: true)] : [Export(lesson, folders)];

    /// <summary>Exports <paramref name="lesson"/> (with <paramref name="exercises"/>, its exercises app) and writes the file.</summary>
    /// <exception cref="InvalidOperationException">The lesson cannot be exported faithfully; the message lists why.</exception>
    public static ExportedApp Write(Lesson lesson, CourseFolders folders, bool solutions = false, bool exercises = false) =>
        Write(Export(lesson, folders, solutions, exercises));

    private static ExportedApp Write(ExportedApp app)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(app.Path)!);
        if (!File.Exists(app.Path) || File.ReadAllText(app.Path) != app.Text) File.WriteAllText(app.Path, app.Text);
        return app;
    }

    /// <summary>Why the committed apps of <paramref name="lesson"/> are not what its notebook exports, or null when they are.</summary>
    public static string? Difference(Lesson lesson, CourseFolders folders)
    {
        try
        {
            var differences = ExportBoth(lesson, folders).Select(app => Difference(app, folders)).OfType<string>().ToList();
            return differences.Count == 0 ? null : string.Join(Environment.NewLine, differences);
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }

    /// <summary>Why the committed file of <paramref name="app"/>, the lesson's export as shipped, is not that export, or null when it is.</summary>
    public static string? Difference(ExportedApp app, CourseFolders folders)
    {
        var relative = Path.GetRelativePath(folders.Root, app.Path).Replace('\\', '/');
        if (!File.Exists(app.Path))
            return $"{relative} is missing: export it with '{AppExporter.ExportCommand(app.Lesson)}' and commit it.";
        var committed = File.ReadAllText(app.Path).Replace("\r\n", "\n").Split('\n');
        var exported = app.Text.Split('\n');
        var line = Enumerable.Range(0, Math.Max(committed.Length, exported.Length))
            .FirstOrDefault(i => committed.ElementAtOrDefault(i) != exported.ElementAtOrDefault(i));
        return committed.SequenceEqual(exported) ? null
            : $"{relative} is out of date with notebooks/{app.Lesson}.ipynb (first difference at line {line + 1}: " +
              $"the file has `{committed.ElementAtOrDefault(line)?.Trim()}`, the notebook exports `{exported.ElementAtOrDefault(line)?.Trim()}`). " +
              $"Export it again with '{AppExporter.ExportCommand(app.Lesson)}' and commit it. (If you typed your answers into the app, " +
              "that overwrites them: this check is for the course as shipped. Run your own copy with 'dotnet run --file' instead.)";
    }

    /// <summary><c>--export-apps</c>: writes the app of each of <paramref name="lessons"/>; 1 when one cannot be exported (the reasons are printed).</summary>
    public static int ExportAll(CourseFolders folders, IReadOnlyList<Lesson> lessons, TextWriter output, CancellationToken cancel)
    {
        var failed = 0;
        foreach (var lesson in lessons)
        {
            cancel.ThrowIfCancellationRequested();
            try
            {
                output.WriteLine($"{lesson.Name}: {string.Join(", ", ExportBoth(lesson, folders).Select(app => Path.GetRelativePath(folders.Root, Write(app).Path)))}");
            }
            catch (InvalidOperationException e)
            {
                output.WriteLine(e.Message);
                failed++;
            }
        }
        return failed == 0 ? ExitCodes.Passed : ExitCodes.LessonsFailed;
    }

    /// <summary><c>--check-apps</c>: says which committed apps differ from what their notebooks export; 1 when any does.</summary>
    public static int CheckAll(CourseFolders folders, IReadOnlyList<Lesson> lessons, TextWriter output, CancellationToken cancel)
    {
        var stale = new List<string>();
        foreach (var lesson in lessons)
        {
            cancel.ThrowIfCancellationRequested();
            if (Difference(lesson, folders) is { } difference) stale.Add(difference);
        }
        output.WriteLine(stale.Count == 0 ? $"All apps of the {lessons.Count} lessons match their notebooks." : string.Join(Environment.NewLine, stale));
        return stale.Count == 0 ? ExitCodes.Passed : ExitCodes.LessonsFailed;
    }
}
