using MLCourse.Runner.Apps;

namespace MLCourse.Tests.Runner.Apps;

public sealed class AppExporterTests
{
    private static readonly ExportedApp App = AppFixture.Export();
    private static readonly string[] Lines = App.Text.Split('\n');

    private static int LineOf(string text) => Array.FindIndex(Lines, l => l == text);

    private static IReadOnlyList<string> CellLines(int cell)
    {
        var start = Array.FindIndex(Lines, l => l.StartsWith($"{AppExporter.CellMarker}{cell} ", StringComparison.Ordinal));
        Assert.True(start >= 0, $"no marker for cell {cell}");
        return Lines.Skip(start + 1).TakeWhile(l => !l.StartsWith(AppExporter.CellMarker, StringComparison.Ordinal) && !l.StartsWith("// ── end", StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public void Kernel_directives_become_package_and_project_directives_and_kernel_extensions_are_left_out()
    {
        var directives = Lines.Where(l => l.StartsWith("#:", StringComparison.Ordinal)).ToList();

        Assert.Equal(
        [
            "#:property PublishAot=false", "#:property JsonSerializerIsReflectionEnabledByDefault=true", "#:property ImplicitUsings=disable", "#:property Nullable=annotations", "#:property TreatWarningsAsErrors=false",
            "#:package Microsoft.ML", "#:package Microsoft.Data.Analysis", "#:package Plotly.NET", "#:package Microsoft.ML.FastTree",
            "#:project ../src/MLCourse/MLCourse.csproj",
        ], directives);
        Assert.Contains("// Left out: Plotly.NET.Interactive, which only teaches the notebook kernel to display things.", Lines);
        Assert.DoesNotContain(Lines, l => l.TrimStart().StartsWith("#r", StringComparison.Ordinal));
    }

    [Fact]
    public void Using_directives_of_every_cell_go_to_the_top_after_the_kernel_s_own_in_first_seen_order()
    {
        var usings = Lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal)).ToList();

        Assert.Equal([.. AppExporter.KernelNamespaces.Select(n => $"using {n};"), "using Microsoft.Data.Analysis;", "using MLCourse.Charts;"], usings);
        Assert.True(LineOf("using MLCourse.Charts;") < Array.FindIndex(Lines, l => l.StartsWith(AppExporter.CellMarker, StringComparison.Ordinal)));
        Assert.Contains("// Moved from this cell: its using directives (at the top).", CellLines(9));
    }

    [Fact]
    public void A_cell_s_last_expression_is_displayed_and_its_trailing_comment_stays()
    {
        Assert.Contains("display(numbers.Select(Twice).Sum());   // the cell's value: 12", CellLines(4));
        Assert.Contains("display(frame);", CellLines(7));
        Assert.Equal(
        [
            "// Moved from this cell: its using directives (at the top).",
            "display(Enumerable.Range(1, 3)",
            "    .Select(i => new { i, square = i * i }));   // a table of three rows",
            "",
        ], CellLines(9));
        Assert.Contains("MLCourse.Course.Publish(\"fixture_total\", frame[\"value\"].Cast<double>().Sum());", CellLines(7));
        Assert.Contains("static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);", Lines);
    }

    [Fact]
    public void A_cell_that_ends_with_display_shows_its_value_once_and_a_statement_is_not_a_value()
    {
        var text = AppFiles.Export(AppFixture.Cells("var a = 1;\ndisplay(a)", "a += 1;"), Repository.Folders).Text;

        Assert.Contains("\ndisplay(a);\n", text);
        Assert.Contains("\na += 1;\n", text);
        Assert.DoesNotContain("display(display(a))", text);
    }

    [Fact]
    public void Types_move_after_the_statements_with_a_marker_naming_their_cell()
    {
        var display = LineOf("static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);");
        var record = LineOf("record Point(double X, double Y);");

        Assert.True(display > 0 && record > display, "the types must follow the last statement");
        Assert.StartsWith($"{AppExporter.CellMarker}6 · its types ", Lines[record - 1]);
        Assert.Equal(["record Point(double X, double Y);", "", "enum Side { Left, Right }"], Lines.Skip(record).Take(3));
        Assert.Equal(
        [
            "// Moved from this cell: Point and Side (at the end of the file).",
            "var origin = new Point(0, 0);",
            "var side = Side.Left;",
            "display($\"{origin} is on the {side} side\");",
            "",
        ], CellLines(6));
    }

    [Fact]
    public void Markdown_becomes_wrapped_comments_tables_stay_and_lesson_links_point_to_apps()
    {
        Assert.Contains("// # 96 · App fixture", Lines);
        Assert.Contains("// | table | kept as written |", Lines);
        Assert.Contains(Lines, l => l.Contains("[97 · Next](97-next.cs)", StringComparison.Ordinal));
        Assert.Contains("// - a list item long enough to be wrapped onto a second line, so that its continuation is indented under the", Lines);
        Assert.Contains("//   item's text", Lines);
        Assert.All(Lines.Where(l => l.StartsWith("// ", StringComparison.Ordinal) && !l.StartsWith("// |", StringComparison.Ordinal) && !l.Contains("Directory.Packages.props")),
            l => Assert.True(l.Length <= MarkdownComment.Width, $"too long: {l}"));
    }

    [Fact]
    public void Every_code_cell_is_marked_with_its_notebook_number_and_an_answer_cell_with_its_exercise()
    {
        var marked = Lines.Where(l => l.StartsWith(AppExporter.CellMarker, StringComparison.Ordinal) && !l.Contains("its types")).ToList();

        Assert.Equal([2, 3, 4, 6, 7, 8, 9, 10, 12, 13], marked.Select(l => int.Parse(l[AppExporter.CellMarker.Length..].Split(' ')[0])));
        Assert.StartsWith($"{AppExporter.CellMarker}8 · your answer to exercise 96.1 ", marked[5]);
        Assert.All(marked, l => Assert.Equal(MarkdownComment.Width, l.Length));
        Assert.Equal(["int? answer = null;", ""], CellLines(8));
    }

    [Fact]
    public void The_header_says_what_the_file_is_and_the_command_that_runs_it()
    {
        Assert.Equal("// 96 · App fixture", Lines[0]);
        Assert.Contains($"// Lesson 96 of {MLCourse.Course.Title} as a .NET 10 file-based app: the notebook's code, run as one program.", Lines);
        Assert.Contains("//     dotnet run --file notebooks/96-app-fixture.cs", Lines);
        Assert.Contains("// Made from notebooks/96-app-fixture.ipynb by", Lines);
        Assert.Contains("//     dotnet run --project src/MLCourse.Runner -- --export-apps 96", Lines);
        Assert.Equal("dotnet run --project src/MLCourse.Runner -- --export-apps 96", AppExporter.ExportCommand("96-app-fixture"));
    }

    [Fact]
    public void The_program_runs_in_the_notebooks_folder_with_the_code_page_encodings_as_the_kernel_does()
    {
        Assert.Contains("if (AppContext.GetData(\"EntryPointFileDirectoryPath\") is string appFolder)", Lines);
        Assert.Contains("    Environment.CurrentDirectory = appFolder;", Lines);   // the app lives in the notebooks folder
        Assert.Contains("System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);", Lines);
        Assert.Equal(Path.Combine(AppFiles.Folder(Repository.Folders), "96-app-fixture.cs"), App.Path);
        Assert.Equal("96-app-fixture", App.Lesson);
    }

    [Fact]
    public void An_app_outside_the_notebooks_folder_moves_to_the_notebooks_folder_first()
    {
        var app = AppExporter.Export(LessonSource.From(AppFixture.Read()), Repository.Folders, AppFiles.SolutionsFolder(Repository.Folders));

        Assert.Contains("    Environment.CurrentDirectory = System.IO.Path.GetFullPath(System.IO.Path.Combine(appFolder, \"../../notebooks\"));", app.Text.Split('\n'));
        Assert.Contains("#:project ../../src/MLCourse/MLCourse.csproj", app.Text.Split('\n'));
    }

    [Fact]
    public void A_lesson_with_a_problem_is_refused_with_every_problem_listed()
    {
        var lesson = AppFixture.Cells("#!time\nvar x = 1;", "var x = 2;");

        var error = Assert.Throws<InvalidOperationException>(() => AppFiles.Export(lesson, Repository.Folders));

        Assert.StartsWith("98-cells cannot be exported as a program that behaves like the notebook:", error.Message);
        Assert.Contains("98-cells, cell 1, line 1 `#!time`: a magic command", error.Message);
        Assert.Contains("98-cells, cell 2, line 1 `var x = 2;`: 'x' is declared again", error.Message);
    }

    [Fact]
    public void A_cell_s_nullable_directive_ends_with_the_cell_as_in_the_notebook()
    {
        var lines = AppFiles.Export(AppFixture.Cells("#nullable enable\nstring? answer = null;", "var size = answer?.Length;"), Repository.Folders).Text.Split('\n');

        var directive = Array.IndexOf(lines, "#nullable enable");
        Assert.Equal("#nullable restore   // (a notebook cell's #nullable ends with the cell)", lines[directive + 2]);
        Assert.True(directive + 2 < Array.FindIndex(lines, l => l.StartsWith($"{AppExporter.CellMarker}2 ", StringComparison.Ordinal)));
    }
}
