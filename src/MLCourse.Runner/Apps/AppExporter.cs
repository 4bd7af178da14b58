using Microsoft.CodeAnalysis;
using System.Text;
using MLCourse.Runner.Lessons;

namespace MLCourse.Runner.Apps;

/// <summary>
/// Turns a lesson notebook into one .NET 10 file-based app (<c>dotnet run --file app.cs</c>) that runs the same code in
/// the same order: the kernel directives become <c>#:package</c> / <c>#:project</c> lines, every cell's <c>using</c>
/// directives go to the top of the file and its types to the end (where C# wants them), the Markdown becomes comments,
/// each cell's last expression, which the notebook displays, becomes a <c>display(…)</c> call, and a small
/// <c>display</c> prints what the notebook would show (<see cref="MLCourse.ConsoleDisplay"/>). A line
/// <c>// ── cell N ──</c> marks where each code cell starts (<see cref="CellMarker"/>), so that a failure can be traced
/// back to its cell. What cannot be translated faithfully is refused with the reasons (<see cref="AppHygiene"/>).
/// </summary>
public static partial class AppExporter
{
    /// <summary>The start of the line that marks a code cell, followed by its number.</summary>
    public const string CellMarker = "// ── cell ";

    /// <summary>The variable the program's first statement declares (it must not clash with the lesson's names).</summary>
    public const string AppFolderVariable = "appFolder";

    /// <summary>The namespaces the notebook kernel imports in every cell (Microsoft.DotNet.Interactive.CSharp's defaults).</summary>
    public static readonly IReadOnlyList<string> KernelNamespaces =
        ["System", "System.Collections", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks"];

    /// <summary>The runner command that writes a lesson's app, for the app's header and for messages.</summary>
    public static string ExportCommand(string lesson) => $"dotnet run --project src/MLCourse.Runner -- --export-apps {lesson[..2]}";

    /// <summary>
    /// The app of <paramref name="lesson"/>, to be written into <paramref name="appFolder"/> (relative paths in it are
    /// computed from there: the helper library's project, and the notebooks folder the program runs in, as the kernel does).
    /// </summary>
    /// <exception cref="InvalidOperationException">The lesson has something the exporter cannot translate; the message lists each problem.</exception>
    /// <param name="exercisesCells">Export the lesson's exercises app instead, <c>NN-name.exercises.cs</c>, of these cells (<see cref="ExerciseCells"/>).</param>
    public static ExportedApp Export(LessonSource lesson, CourseFolders folders, string appFolder, bool solutions = false, IReadOnlyCollection<int>? exercisesCells = null)
    {
        var problems = AppHygiene.Check(lesson);
        if (problems.Count > 0)
            throw new InvalidOperationException(
                $"{lesson.Lesson} cannot be exported as a program that behaves like the notebook:\n  " + string.Join("\n  ", problems));

        string Relative(string path) => System.IO.Path.GetRelativePath(appFolder, path).Replace('\\', '/');
        var exercises = exercisesCells is not null;
        var path = System.IO.Path.Combine(appFolder, lesson.Lesson + (exercises ? ExercisesSuffix : ".cs"));
        var keep = (exercisesCells ?? lesson.Cells.Select(c => c.Cell.Number)).ToHashSet();
        if (keep.Count == 0) throw new InvalidOperationException($"{lesson.Lesson} has no exercises, so it has no exercises app.");
        var lessonApp = $"notebooks/{lesson.Lesson}.cs";
        var code = lesson.CodeCells.Where(c => keep.Contains(c.Cell.Number)).ToList();
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        // What this file is, and how to run it.
        var title = lesson.Cells.FirstOrDefault(c => !c.Cell.IsCode)?.Cell.FirstLine.TrimStart('#', ' ') ?? lesson.Lesson;
        var run = $"dotnet run --file {System.IO.Path.GetRelativePath(folders.Root, path).Replace('\\', '/')}";
        var exercisesApp = $"notebooks/{lesson.Lesson}{ExercisesSuffix}";
        Line(MarkdownComment.From(exercises ? $"""
            {title}: the exercises
            The exercises of lesson {lesson.Lesson[..2]} of {MLCourse.Course.Title} as a .NET 10 file-based app: each exercise, its answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in seconds. The lesson itself, with its text, results and charts, is {lessonApp}.

            Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it needs:
                {run}
            To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it and, if not, what is off; add a line such as display({FirstExercise(lesson)}.Hint()) for a hint (Hint(2) for the next, and so on) or .Solution() for a worked answer. Your progress is kept in .course/progress.json, shared with the notebook and the lesson's app.
            """ : $"""
            {title}
            Lesson {lesson.Lesson[..2]} of {MLCourse.Course.Title} as a .NET 10 file-based app: the notebook's code, run as one program.

            Run it from the course folder (or from anywhere, with the path to this file: it finds the data itself); the .NET 10 SDK is all it needs:
                {run}
            It prints what the notebook shows under a cell: values and tables as text, each chart as an HTML file (it prints the file's path: open it in a browser).{(lesson.Cells.Any(c => c.Cell.Exercise is not null) ? $" To do an exercise, replace the null in its answer cell and run it again; or, quicker, do the exercises in {exercisesApp}: the same exercises and checks without the rest of the lesson, so each try takes seconds." : "")}
            """));
        Line(MarkdownComment.From($"""

            Made from notebooks/{lesson.Lesson}.ipynb{(solutions ? ", with each exercise's solution in its answer cell," : "")} by
                {ExportCommand(lesson.Lesson)}{(solutions ? " (and the runner's --solutions)" : "")}
            and checked by the course's tests to match it. The notebook's text is here as comments, and each notebook cell starts at a line like
                {CellMarker}12 ──────
            """));
        Line();

        // Directives: an ordinary program (not trimmed or compiled ahead of time: ML.NET and the course's JSON use reflection),
        // with the kernel's namespaces and nullable rules, where a warning never stops a lesson, as in the notebook.
        // A file-based app turns reflection-based System.Text.Json off by default; the notebook has it on.
        Line(MarkdownComment.From("Build settings: an ordinary program, as the notebook kernel is (ML.NET, the lessons' JSON and the course's " +
                                  "progress file use reflection, which a file-based app leaves out by default), with the kernel's namespaces " +
                                  "and nullable rules, where a warning never stops a lesson."));
        Line("#:property PublishAot=false");
        Line("#:property JsonSerializerIsReflectionEnabledByDefault=true");
        Line("#:property ImplicitUsings=disable");
        Line("#:property Nullable=annotations");
        Line("#:property TreatWarningsAsErrors=false");
        var packages = code.SelectMany(c => c.Directives!.Packages).DistinctBy(p => p.Id.ToLowerInvariant()).ToList();
        var kept = packages.Where(p => !p.IsKernelExtension).ToList();
        Line(MarkdownComment.From("The notebook's packages. Their versions are pinned once, in Directory.Packages.props: " +
                                  string.Join(", ", kept.Select(p => $"{p.Id}@{p.Version}")) + "."));
        var extensions = packages.Where(p => p.IsKernelExtension).Select(p => p.Id).ToList();
        if (extensions.Count > 0)
            Line(MarkdownComment.From($"Left out: {string.Join(", ", extensions)}, which only teach{(extensions.Count == 1 ? "es" : "")} the notebook kernel to display things."));
        foreach (var package in kept) Line($"#:package {package.Id}");
        foreach (var project in code.SelectMany(c => c.Directives!.Projects).Distinct()) Line($"#:project {Relative(project)}");
        Line();

        Line(MarkdownComment.From("The namespaces the notebook kernel imports in every cell, then those the lesson's cells import."));
        foreach (var directive in KernelNamespaces.Select(n => $"using {n};").Concat(lesson.CodeCells.SelectMany(c => c.Syntax!.Usings)).DistinctBy(UsingKey))
            Line(directive);
        Line();

        if (exercises)
        {
            Line(MarkdownComment.From("A cell kept here for one of its functions may declare others that the exercises do not call: no warning for those."));
            Line("#pragma warning disable CS8321");
            Line();
        }
        Line(MarkdownComment.From("The notebook kernel runs in the notebooks folder; so does this program, wherever it is started from, so that relative paths mean the same."));
        Line($"if (AppContext.GetData(\"EntryPointFileDirectoryPath\") is string {AppFolderVariable})");
        var notebooks = Relative(folders.Notebooks);
        Line(notebooks == "."
            ? $"    Environment.CurrentDirectory = {AppFolderVariable};"
            : $"    Environment.CurrentDirectory = System.IO.Path.GetFullPath(System.IO.Path.Combine({AppFolderVariable}, \"{notebooks}\"));");
        // The kernel's C# compiler registers the code-page encodings as it starts; without them MimeKit decodes an ISO-2022-JP
        // or windows-1252 part as Latin-1, and lesson 10's text would differ from the notebook's.
        Line(MarkdownComment.From("The notebook kernel knows every code-page character set (windows-1252, ISO-2022-JP, …: its C# compiler " +
                                  "registers them); so does this program, so that e-mail and other text decode the same."));
        Line("System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);");

        var printed = MarkdownOutput.Of(lesson.Cells.Where(c => keep.Contains(c.Cell.Number)).ToList());
        if (exercises)
        {
            Line();
            Line($"MLCourse.ConsoleDisplay.Heading(1, {Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(title + ": the exercises", quote: true)});");
        }
        var skipped = new List<int>();
        void Skipped()
        {
            if (!skipped.Any(n => lesson.Cells.First(c => c.Cell.Number == n).Cell.IsCode))
            {
                skipped.Clear();   // only text: the lesson's file has it
                return;
            }
            Line();
            Line(MarkdownComment.From($"(Cell{(skipped.Count == 1 ? $" {skipped[0]}" : $"s {skipped[0]} to {skipped[^1]}")} of the lesson {(skipped.Count == 1 ? "is" : "are")} not needed by the exercises: {lessonApp} has {(skipped.Count == 1 ? "it" : "them")}.)"));
            skipped.Clear();
        }
        foreach (var (cell, directives, syntax) in lesson.Cells)
        {
            if (!keep.Contains(cell.Number))
            {
                skipped.Add(cell.Number);
                continue;
            }
            Skipped();
            Line();
            if (!cell.IsCode)
            {
                Line(MarkdownComment.From(LessonLink().Replace(cell.Source, "($1.cs)")));
                foreach (var call in printed.GetValueOrDefault(cell.Number) ?? []) Line(call);
                continue;
            }
            Line(Marker(cell));
            var moved = new List<string>();
            if (directives!.Packages.Count + directives.Projects.Count > 0) moved.Add("its #r lines (the #: lines at the top)");
            if (syntax!.Usings.Count > 0) moved.Add("its using directives (at the top)");
            if (syntax.Types.Count > 0) moved.Add($"{Names(syntax.Types.Select(t => t.Name))} (at the end of the file)");
            if (moved.Count > 0) Line(MarkdownComment.From($"Moved from this cell: {Names(moved)}."));
            if (syntax.Statements.Length > 0) Line(syntax.Statements);
            // A #nullable directive lasts for its cell in the notebook, but to the end of the file in a program: end it with the cell.
            if (NullableDirective().IsMatch(syntax.Statements)) Line("#nullable restore   // (a notebook cell's #nullable ends with the cell)");
        }

        Skipped();
        Line();
        Line("// ── end of the lesson ──");
        Line(MarkdownComment.From("The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead."));
        Line($"static void {CellSyntax.DisplayFunction}(object? value) => MLCourse.ConsoleDisplay.Show(value);");

        var withTypes = code.Where(c => c.Syntax!.Types.Count > 0).ToList();   // of the kept cells
        if (withTypes.Count > 0)
        {
            Line();
            Line(MarkdownComment.From("The types the lesson's cells declare. C# wants a program's types after its statements, so they are here."));
            foreach (var (cell, _, syntax) in withTypes)
            {
                Line();
                Line(Marker(cell, "its types "));
                Line(string.Join("\n\n", syntax!.Types.Select(t => t.Text)));
            }
        }
        return new ExportedApp(lesson.Lesson, path, text.ToString());
    }

    /// <summary>The end of an exercises app's file name: <c>04-train-models.exercises.cs</c>.</summary>
    public const string ExercisesSuffix = ".exercises.cs";

    /// <summary>How the lesson's first exercise is named in its check, e.g. <c>Lesson04.BaselineMacroF1</c>.</summary>
    private static string FirstExercise(LessonSource lesson)
    {
        var cells = lesson.CodeCells.ToList();
        var answer = cells.FindIndex(c => c.Cell.Exercise is not null);
        return ExerciseName().Match(cells.ElementAtOrDefault(answer + 1)?.Cell.Source ?? "") is { Success: true } m ? m.Value : $"Lesson{lesson.Lesson[..2]}.<exercise>";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*#nullable\s", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex NullableDirective();

    [System.Text.RegularExpressions.GeneratedRegex(@"Lesson\d\d\.[A-Z]\w*")]
    private static partial System.Text.RegularExpressions.Regex ExerciseName();

    /// <summary>The comment line that marks <paramref name="cell"/>, with the exercise it answers.</summary>
    private static string Marker(NotebookCell cell, string? part = null) =>
        $"{CellMarker}{cell.Number} {(part is not null ? $"· {part}" : cell.Exercise is { } id ? $"· your answer to exercise {id} " : "")}"
            .PadRight(MarkdownComment.Width, '─');

    /// <summary>A Markdown link to another lesson's notebook, <c>(05-evaluate-optimize.ipynb)</c>: in an app it points to that lesson's app.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\((\d\d-[a-z0-9-]+)\.ipynb\)")]
    private static partial System.Text.RegularExpressions.Regex LessonLink();

    /// <summary>What makes two using directives the same: their words, without spacing or comments.</summary>
    private static string UsingKey(string directive) =>
        string.Concat(Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseCompilationUnit(directive).Usings.Select(u => u.WithoutTrivia().NormalizeWhitespace().ToFullString()));

    private static string Names(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list.SkipLast(1)) + " and " + list[^1];
    }
}
