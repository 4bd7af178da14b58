using MLCourse.Charts;
using MLCourse.Runner.Engine;

namespace MLCourse.Tests.Runner.Engine;

public sealed class ExecutedNotebookTests
{
    private static IReadOnlyList<ExecutedCell> Read(params System.Text.Json.Nodes.JsonObject[] cells) =>
        ExecutedNotebook.Read(NotebookJson.Write(NotebookJson.Of(cells), Path.Combine(Repository.TestFolder("executed-notebook"), "91-executed.ipynb")));

    [Fact]
    public void Each_cell_says_whether_it_is_code_and_whether_the_kernel_ran_it()
    {
        var cells = Read(NotebookJson.Markdown("# title"), NotebookJson.Ran("var x = 1;"), NotebookJson.Code("x++;"));

        Assert.Equal([false, true, true], cells.Select(c => c.IsCode));
        Assert.Equal([false, true, false], cells.Select(c => c.Ran));
    }

    [Fact]
    public void Counts_each_cell_s_charts_and_keeps_its_outputs()
    {
        var cells = Read(
            NotebookJson.Ran("chart", NotebookJson.Html("<div></div><script>Plotly.newPlot('a', data)</script>"), NotebookJson.Html("<table></table>")),
            NotebookJson.Ran("two charts", NotebookJson.Html("Plotly.newPlot(1)"), NotebookJson.Html("Plotly.newPlot(2)")),
            NotebookJson.Ran("var x = 1;"));

        Assert.Equal([1, 2, 0], cells.Select(c => c.Charts));
        Assert.Equal([2, 2, 0], cells.Select(c => c.Outputs.Count));
    }

    [Fact]
    public void The_output_that_carries_plotly_js_for_offline_charts_is_not_a_chart()
    {
        var carrier = $"<div {PlotlyJs.ScriptOutputMarker} {PlotlyJs.Version}\">…</div><script>/* plotly.js */ Plotly.newPlot</script>";

        var cells = Read(NotebookJson.Ran("MLCourse.Course.Start(offlineCharts: true);", NotebookJson.Html(carrier)),
            NotebookJson.Ran("chart", NotebookJson.Html("<script>Plotly.newPlot('a', [], {})</script>")));

        Assert.Equal([0, 1], cells.Select(c => c.Charts));
        Assert.False(ExecutedNotebook.IsChart(carrier));
        Assert.False(ExecutedNotebook.IsChart("<table></table>"));
    }

    [Fact]
    public void A_cell_s_error_is_the_first_line_of_its_first_error_output_whole()
    {
        var longMessage = "(1,10): error CS1061: 'DataFrame' does not contain a definition for 'Descriptio' and no accessible extension method 'Descriptio' accepting a first argument of type 'DataFrame' could be found";

        var cells = Read(
            NotebookJson.Ran("var df = Load();", NotebookJson.Error("\nSystem.IO.FileNotFoundException: data.csv\n   at Submission#3"), NotebookJson.Error("a second error")),
            NotebookJson.Ran("df.Descriptio()", NotebookJson.Error(longMessage)),
            NotebookJson.Ran("var ok = 1;"));

        Assert.Equal(["System.IO.FileNotFoundException: data.csv", longMessage, null], cells.Select(c => c.Error));
    }

    [Fact]
    public void A_file_that_is_not_a_notebook_is_reported_as_such()
    {
        var path = Path.Combine(Repository.TestFolder("executed-not-a-notebook"), "x.ipynb");
        File.WriteAllText(path, "{\"nbformat\": 4}");

        var error = Assert.Throws<InvalidDataException>(() => ExecutedNotebook.Read(path));

        Assert.Equal($"'{path}' is not a notebook: it has no \"cells\" array.", error.Message);
    }
}
