using MLCourse.Exercises;
using MLCourse.Runner.Apps;

namespace MLCourse.Tests.Runner.Apps;

public sealed class LessonSourceTests
{
    [Fact]
    public void Each_code_cell_comes_with_its_directives_and_its_syntax_and_a_markdown_cell_with_neither()
    {
        var source = LessonSource.From(AppFixture.Read());

        Assert.Equal("96-app-fixture", source.Lesson);
        Assert.Equal(AppFixture.Read().Cells, source.Cells.Select(c => c.Cell));
        Assert.All(source.Cells, c => Assert.Equal(c.Cell.IsCode, c.Directives is not null && c.Syntax is not null));
        Assert.Equal(source.Cells.Where(c => c.Cell.IsCode), source.CodeCells);
        Assert.Equal([Path.Combine(Repository.Folders.Root, "src", "MLCourse", "MLCourse.csproj")], source.Cells[1].Directives!.Projects);   // resolved from the lesson's folder
    }

    [Fact]
    public void With_the_solutions_each_answer_cell_holds_its_exercise_s_solution()
    {
        var notebook = AppFixture.Notebook();
        notebook["cells"]![7]!["metadata"]!["mlcourse"]!["exercise"] = "04.1";

        var source = LessonSource.From(AppFixture.Read(notebook), solutions: true);

        Assert.Equal(ExerciseCatalog.Find("04.1").SolutionCode, source.Cells[7].Cell.Source);
        Assert.Equal("int? answer = null;", LessonSource.From(AppFixture.Read(notebook)).Cells[7].Cell.Source);
    }
}
