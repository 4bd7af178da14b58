using MLCourse.Runner.Apps;

namespace MLCourse.Tests.Runner.Apps;

/// <summary>What a lesson must not do to export faithfully; each problem names the lesson, the cell and the line.</summary>
public sealed class AppHygieneTests
{
    private static IReadOnlyList<string> Problems(params string[] cells) =>
        AppHygiene.Check(LessonSource.From(AppFixture.Cells(cells))).Select(p => p.ToString()).ToList();

    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public void Every_lesson_exports_to_a_program_that_behaves_like_the_notebook(string lesson)
    {
        var problems = AppHygiene.Check(LessonSource.From(Repository.LessonNamed(lesson)));

        Assert.True(problems.Count == 0,
            $"{lesson} cannot be exported as a file-based app that behaves like the notebook:\n  {string.Join("\n  ", problems)}");
    }

    [Fact]
    public void A_variable_declared_again_in_a_later_cell_is_named_where_it_is_declared_again()
    {
        var problem = Assert.Single(Problems("var model = 1;", "// retrain\nvar model = 2;"));

        Assert.StartsWith("98-cells, cell 2, line 2 `var model = 2;`: 'model' is declared again: cell 1 (line 1) declares it already.", problem);
        Assert.Contains("Assign the existing one (model = …) or choose a new name.", problem);
    }

    [Fact]
    public void Functions_deconstructions_and_pattern_variables_count_as_top_level_declarations()
    {
        Assert.Contains(Problems("int Twice(int x) => 2 * x;", "int Twice(int y) => y + y;"), p => p.Contains("'Twice' is declared again"));
        Assert.Contains(Problems("var (a, b) = (1, 2);", "var a = 3;"), p => p.Contains("'a' is declared again"));
        Assert.Contains(Problems("if (int.TryParse(\"1\", out var n)) { }", "var n = 2;"), p => p.Contains("'n' is declared again"));
        Assert.Contains(Problems("object o = 1;\nif (o is int k) { }", "var k = 2;"), p => p.Contains("'k' is declared again"));
    }

    [Fact]
    public void A_block_s_variable_that_a_top_level_variable_shadows_is_named_even_when_the_top_level_one_comes_later()
    {
        var problem = Assert.Single(Problems("foreach (var row in new[] { 1 }) { }", "var row = 3;"));

        Assert.StartsWith("98-cells, cell 1, line 1 `foreach (var row in new[] { 1 }) { }`: 'row' is declared inside a block here", problem);
        Assert.Contains("cell 2 (line 1) declares 'row' at the top level", problem);
        Assert.Contains(Problems("var r = 1;", "var q = from r in new[] { 1 } select r;"), p => p.Contains("'r' is declared inside a block"));
        Assert.Contains(Problems("try { } catch (Exception e) { }", "var e = 1;"), p => p.Contains("'e' is declared inside a block"));
    }

    [Fact]
    public void What_a_program_allows_is_not_a_problem()
    {
        Assert.Empty(Problems(
            "var x = 1;\nFunc<int, int> f = x => x + 1;",                // a lambda may shadow
            "int Add(int x, int y) => x + y;",                             // so may a function's parameters
            "for (var i = 0; i < 2; i++) { }\nfor (var i = 0; i < 2; i++) { }",  // loops may reuse a name among themselves
            "while (x is int w) { break; }\nwhile (x is int w) { break; }", // a loop's condition variables are the loop's
            "x = 2;\nx",                                                    // a later cell assigns
            "class Point { }",
            "var p = new Point();"));
    }

    [Fact]
    public void A_top_level_return_is_a_problem_and_a_return_inside_a_function_or_lambda_is_not()
    {
        var problem = Assert.Single(Problems(
            "int? answer = null;",
            "if (answer is null) return \"waiting\";\nanswer * 2",
            "int Half(int v) { return v / 2; }\nFunc<int, int> third = v => { return v / 3; };"));

        Assert.StartsWith("98-cells, cell 2, line 1 `if (answer is null) return \"waiting\";`: a top-level 'return' ends the cell in a notebook, but in a program it would end the whole lesson.", problem);
        Assert.Contains("Write the cell with if/else instead", problem);
    }

    [Fact]
    public void Types_declared_twice_other_kernels_magic_commands_and_file_references_are_problems()
    {
        Assert.Contains(Problems("record Point(int X);", "record Point(int X, int Y);"), p => p.Contains("the type 'Point' is declared again: cell 1 (line 1)"));
        Assert.Contains(Problems("#!time\nvar a = 1;"), p => p.StartsWith("98-cells, cell 1, line 1 `#!time`: a magic command works only in the notebook kernel"));
        Assert.Contains(Problems("#r \"System.Drawing.dll\""), p => p.Contains("a program can reference NuGet packages (#r \"nuget: Name, Version\") and the course's helper library"));
        Assert.Contains(Problems("#load \"other.csx\""), p => p.Contains("a program can reference NuGet packages"));

        var notebook = NotebookJson.Of(NotebookJson.Code("let a = 1"));
        notebook["cells"]![0]!["metadata"]!["polyglot_notebook"]!["kernelName"] = "fsharp";
        Assert.Contains(AppHygiene.Check(LessonSource.From(AppFixture.Read(notebook))), p => p.Message.Contains("the cell runs in the 'fsharp' kernel"));
    }

    [Fact]
    public void Script_members_that_are_not_statements_and_the_program_s_own_names_are_problems()
    {
        Assert.Contains(Problems("int Count { get; set; } = 3;"), p => p.Contains("a script property at the top level of a cell has no equivalent"));
        Assert.Contains(Problems("public int Twice(int x) => 2 * x;"), p => p.Contains("a method with the modifier 'public' becomes a local function"));
        Assert.Contains(Problems("static int counter = 0;"), p => p.Contains("a variable declared 'static' becomes a local variable"));
        Assert.Contains(Problems("var display = 1;"), p => p.Contains("'display' is a name the exported program declares itself"));
        Assert.Contains(Problems("foreach (var appFolder in new[] { \"a\" }) { }"), p => p.Contains("'appFolder' is a name the exported program declares itself"));
    }

    [Fact]
    public void A_cell_that_does_not_parse_is_a_problem_with_the_compiler_s_reason()
    {
        var problem = Assert.Single(Problems("var x = (1 + ;"));

        Assert.StartsWith("98-cells, cell 1, line 1 `var x = (1 + ;`: the cell does not parse as C# (CS1525:", problem);
    }

    [Fact]
    public void Problems_come_in_cell_order_then_line_order()
    {
        var problems = AppHygiene.Check(LessonSource.From(AppFixture.Cells("var a = 1;", "var b = 1;\n#!time\nvar a = 2;", "var b = 2;")));

        Assert.Equal([(2, 2), (2, 3), (3, 1)], problems.Select(p => (p.Cell, p.Line)));
    }
}
