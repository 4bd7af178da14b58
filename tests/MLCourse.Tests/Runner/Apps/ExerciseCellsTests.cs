using MLCourse.Runner.Apps;
using MLCourse.Runner.Lessons;

namespace MLCourse.Tests.Runner.Apps;

public sealed class ExerciseCellsTests
{
    private static Lesson Lesson(params System.Text.Json.Nodes.JsonObject[] cells) =>
        MLCourse.Runner.Lessons.Lesson.Read(Path.Combine(Repository.Folders.Notebooks, "97-exercise-cells.ipynb"), NotebookJson.Of(cells), Repository.Folders.Notebooks);

    private static IReadOnlyList<int> Kept(Lesson lesson) => ExerciseCells.Of(lesson);

    [Fact]
    public void Keeps_the_set_up_each_exercise_with_its_statement_and_check_the_progress_and_the_cells_the_answers_need()
    {
        var lesson = Lesson(
            NotebookJson.Markdown("# 97 · Exercise cells"),                                  // 1
            NotebookJson.Code("#r \"nuget: Microsoft.ML, 6.0.0\"\nMLCourse.Course.Start();"),  // 2: set-up
            NotebookJson.Code("var data = new[] { 1.0, 2.0 };"),                              // 3: declares what the check uses
            NotebookJson.Code("var other = data.Sum();\nother"),                              // 4: uses data, but nothing kept needs it
            NotebookJson.Code("data[0] = 5;"),                                                 // 5: changes data
            NotebookJson.Code("var options = new Settings { Scale = 2 };"),                    // 6: an initializer's property is not a variable
            NotebookJson.Markdown("### Exercise 97.1 · A number"),                            // 7: the statement
            NotebookJson.Code("double? answer = null;", exercise: "97.1"),                    // 8
            NotebookJson.Code("display(answer == data[0] * Scale);"),                         // 9: its check
            NotebookJson.Markdown("Your progress:"),                                          // 10
            NotebookJson.Code("display(Progress.Show());"),                                   // 11
            NotebookJson.Markdown("## Summary"));                                             // 12

        Assert.Equal([2, 3, 5, 7, 8, 9, 10, 11], Kept(lesson));
    }

    [Fact]
    public void Follows_what_the_needed_cells_need_in_turn()
    {
        var lesson = Lesson(
            NotebookJson.Code("#r \"nuget: Microsoft.ML, 6.0.0\""),
            NotebookJson.Code("var raw = 3;"),
            NotebookJson.Code("var scaled = raw * 2;"),
            NotebookJson.Code("var unrelated = 7;"),
            NotebookJson.Code("int? answer = null;", exercise: "97.1"),
            NotebookJson.Code("display(answer == scaled);"));

        Assert.Equal([1, 2, 3, 5, 6], Kept(lesson));
    }

    [Fact]
    public void A_function_s_own_counter_is_not_a_change_to_a_top_level_variable_of_that_name()
    {
        var lesson = Lesson(
            NotebookJson.Code("#r \"nuget: Microsoft.ML, 6.0.0\""),
            NotebookJson.Code("var model = 1;\nstring Generate(int length) { var n = 0; while (n < length) n++; return new string('a', n); }"),
            NotebookJson.Code("for (var n = 0; n < 3; n++) { }"),
            NotebookJson.Code("Func<int, bool>? answer = null;", exercise: "97.1"),
            NotebookJson.Code("display(answer is null || answer(2));   // a learner's answer might read n => n > 1"),
            NotebookJson.Code("var n = 5;"));

        Assert.Equal([1, 4, 5], Kept(lesson));
    }

    [Fact]
    public void Lesson_14_s_exercises_need_no_TorchSharp()
    {
        var lesson = Repository.LessonNamed("14-attention-language-model");
        var kept = ExerciseCells.Of(lesson).ToHashSet();

        Assert.DoesNotContain(lesson.CodeCells, c => kept.Contains(c.Number) && c.Source.Contains("torch.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lesson_without_exercises_has_no_exercises_app()
    {
        var lesson = Lesson(NotebookJson.Code("#r \"nuget: Microsoft.ML, 6.0.0\""), NotebookJson.Code("1 + 1"));

        Assert.Empty(Kept(lesson));
        var refused = Assert.Throws<InvalidOperationException>(() => AppFiles.Export(lesson, Repository.Folders, exercises: true));
        Assert.Equal("97-exercise-cells has no exercises, so it has no exercises app.", refused.Message);
        Assert.Single(AppFiles.ExportBoth(lesson, Repository.Folders));
    }

    [Fact]
    public void The_exercises_app_names_its_lesson_s_app_says_which_cells_it_leaves_out_and_how_to_ask_for_a_hint()
    {
        var app = AppFiles.Export(AppFixture.Read(), Repository.Folders, exercises: true);
        var lines = app.Text.Split('\n');

        Assert.EndsWith("96-app-fixture.exercises.cs", app.Path);
        Assert.Contains("//     dotnet run --file notebooks/96-app-fixture.exercises.cs", lines);
        Assert.Contains(lines, l => l.Contains("notebooks/96-app-fixture.cs", StringComparison.Ordinal));
        Assert.Contains("// (Cells 4 to 7 of the lesson are not needed by the exercises: notebooks/96-app-fixture.cs has them.)", lines);
        Assert.Contains("int? answer = null;", lines);
        Assert.DoesNotContain(lines, l => l.Contains("never reached", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_lesson_with_exercises_keeps_each_answer_cell_and_its_check()
    {
        foreach (var lesson in Repository.Lessons.Where(l => l.HasExercises))
        {
            var kept = ExerciseCells.Of(lesson);
            var code = lesson.CodeCells.ToList();
            foreach (var answer in lesson.AnswerCells)
            {
                Assert.Contains(answer.Number, kept);
                Assert.Contains(code[code.IndexOf(answer) + 1].Number, kept);
            }
        }
    }
}
