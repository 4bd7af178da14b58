using MLCourse.Runner.Engine;
using MLCourse.Runner.Lessons;

namespace MLCourse.Tests.Runner.Engine;

/// <summary>
/// How the notebook executor reads what the kernel did back onto the lesson (<see cref="NotebookExecutor.Collect"/>): cells
/// numbered as the lesson numbers them, in both parts of a run with the solutions. Running the kernel itself is a kernel test
/// (Kernel/NotebookRunTests).
/// </summary>
public sealed class NotebookExecutorTests
{
    private static NotebookCell Code(int number, string source) => new(number, true, source, "csharp", null);

    private static ExecutedCell Ran(string? error = null, int charts = 0) => new(true, true, error, charts, []);

    private static readonly ExecutedCell NeverRan = new(true, false, null, 0, []);

    [Fact]
    public void Cells_are_numbered_as_in_the_lesson_in_both_parts_and_only_the_lesson_as_shipped_counts_its_charts()
    {
        var markdown = new NotebookCell(1, false, "# A lesson", "csharp", null);
        var chart = Code(2, "\n  penguins.PlotScatter(\"a\", \"b\")");
        var answer = Code(3, "double? x = null;") with { Exercise = "01.1" };
        var check = Code(4, "Lesson01.MissingDirectors.Check(x)");
        var solved = answer with { Source = "double? x = 2;" };
        (NotebookCell, bool)[] plan = [(markdown, false), (chart, false), (answer, false), (check, false), (solved, true), (check, true)];
        ExecutedCell[] cells = [new(false, false, null, 0, []), Ran(charts: 1), Ran(), Ran(), Ran(charts: 1), Ran(error: "CS0103: x")];

        var (errors, notRun, charts, chartsWithSolutions) = NotebookExecutor.Collect(plan, cells);

        Assert.Equal([new CellError(4, "Lesson01.MissingDirectors.Check(x)", "CS0103: x", WithSolutions: true)], errors);
        Assert.Empty(notRun);
        Assert.Equal(1, charts);
        Assert.Equal(2, chartsWithSolutions);   // cell 2 as the first part drew it, and the chart the solved answer's cell drew
    }

    [Fact]
    public void Cells_the_kernel_never_reached_are_named_and_marked_when_they_hold_the_solutions()
    {
        (NotebookCell, bool)[] plan = [(Code(1, "a"), false), (Code(2, "b"), false), (Code(2, "b"), true)];

        var (_, notRun, _, _) = NotebookExecutor.Collect(plan, [Ran(), NeverRan, NeverRan]);

        Assert.Equal(["2", "2 (with the solutions in place)"], notRun);
    }

    [Fact]
    public void A_failing_cell_s_first_line_is_shortened_and_its_message_kept_whole()
    {
        var line = "var chart = " + new string('x', 200) + ";";
        var message = "(1,10): error CS1061: 'DataFrame' does not contain a definition for 'Descriptio' and no accessible extension method 'Descriptio' accepting a first argument";

        var error = Assert.Single(NotebookExecutor.Collect([(Code(5, line), false)], [Ran(error: message)]).Errors);

        Assert.Equal(100, error.FirstLine.Length);
        Assert.EndsWith("...", error.FirstLine);
        Assert.Equal(message, error.Message);
    }
}
