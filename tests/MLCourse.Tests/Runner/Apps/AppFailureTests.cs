using MLCourse.Runner.Apps;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;

namespace MLCourse.Tests.Runner.Apps;

/// <summary>A failing app is traced back to the notebook cell, from the compiler's error or the exception's stack.</summary>
public sealed class AppFailureTests
{
    private const string AppPath = "/course/notebooks/96-app-fixture.cs";
    private static readonly ExportedApp App = AppFixture.Export();
    private static readonly IReadOnlyList<NotebookCell> Cells = AppFixture.Read().Cells;

    private static int LineOf(string code) => Array.FindIndex(App.Text.Split('\n'), l => l.Contains(code, StringComparison.Ordinal)) + 1;

    [Fact]
    public void A_compile_error_names_the_cell_its_line_is_in()
    {
        var output = $"{AppPath}({LineOf("var side = Side.Left;")},5): error CS0103: The name 'Sidee' does not exist in the current context [{AppPath}.csproj]\n\nThe build failed.";

        var cell = AppFailure.Find(output, AppPath, App.Text, Cells);

        Assert.Equal(new CellError(6, "record Point(double X, double Y);", "does not compile: CS0103: The name 'Sidee' does not exist in the current context"), cell);
    }

    [Fact]
    public void An_error_in_a_moved_type_names_the_cell_that_declared_it()
    {
        var output = $"{AppPath}({LineOf("enum Side { Left, Right }")},1): error CS1001: Identifier expected";

        Assert.Equal(6, AppFailure.Find(output, AppPath, App.Text, Cells)?.Cell);
    }

    [Fact]
    public void An_exception_names_the_running_cell_from_the_outermost_frame_in_the_app()
    {
        var ratio = LineOf("var ratio = numbers.Sum()");
        var twice = LineOf("int Twice(int x) => 2 * x;");
        var output = $"""
            Result: fixture_total = 3.75
            Unhandled exception. System.DivideByZeroException: Attempted to divide by zero.
               at Program.<<Main>$>g__Twice|0_0(Int32 x) in {AppPath}:line {twice}
               at System.Linq.Enumerable.Sum(IEnumerable`1 source)
               at Program.<Main>$(String[] args) in {AppPath}:line {ratio}
            """;

        var cell = AppFailure.Find(output, AppPath, App.Text, Cells);

        Assert.Equal(new CellError(12, "var ratio = numbers.Sum() / (numbers.Length - 3);", "System.DivideByZeroException: Attempted to divide by zero."), cell);
    }

    [Fact]
    public void Output_that_names_no_line_of_the_app_names_no_cell()
    {
        Assert.Null(AppFailure.Find("error NU1101: Unable to find package Nope.", AppPath, App.Text, Cells));
        Assert.Null(AppFailure.Find("Unhandled exception. System.Exception: boom\n   at Library.Call() in /elsewhere/Library.cs:line 3", AppPath, App.Text, Cells));
        Assert.Null(AppFailure.Find($"/elsewhere/Other.cs(3,1): error CS1001: Identifier expected", AppPath, App.Text, Cells));
    }

    [Fact]
    public void A_line_before_the_first_cell_belongs_to_no_cell()
    {
        Assert.Null(AppFailure.CellAt(1, App.Text));
        Assert.Equal(4, AppFailure.CellAt(LineOf("var numbers = new[] { 3, 1, 2 };"), App.Text));
        Assert.Equal(new CellError(0, "line 1 of the app, before the first cell", "does not compile: CS1001: Identifier expected"),
            AppFailure.Find($"{AppPath}(1,1): error CS1001: Identifier expected", AppPath, App.Text, Cells));
    }
}
