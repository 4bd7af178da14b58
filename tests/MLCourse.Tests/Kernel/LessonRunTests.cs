using MLCourse.Runner.Apps;
using MLCourse.Runner.Engine;
using MLCourse.Runner.Reports;

namespace MLCourse.Tests.Kernel;

/// <summary>
/// A lesson, run for real: its notebook in the real kernel, as shipped (every exercise "not attempted") and then, in the same
/// kernel, with every exercise's solution in place (every exercise solved, every reflection submitted); and its file-based
/// app, built and run with the solutions (the committed app is the notebook's export: a fast test checks that). Each run
/// must have no error cell, run every cell, draw the charts it promises, and publish every result within its band in
/// tests/expected-results/. The engine checks all of that; these tests ask it and show its description when a run fails.
/// <para>
/// One class per lesson (Lessons/LessonNNRunTests.cs): each class is an xunit test collection, so xunit runs two lessons at
/// once on two cores without any hand-made ordering, while a lesson's own runs, which write the same files, stay apart.
/// </para>
/// </summary>
[Trait("Category", KernelGuard.Category)]
public abstract class LessonRunTests(LessonRuns runs, string lesson)
{
    public string Lesson { get; } = lesson;

    [Fact]
    public async Task Notebook_runs_as_shipped_then_with_the_solutions_in_one_kernel_and_holds_its_expected_results()
    {
        var report = await runs.Notebook(Lesson);

        Assert.True(report.Passed, report.Describe());
        Assert.True(report.CodeCells > 1, $"{Lesson}: expected the setup cell and lesson code, found {report.CodeCells} code cells.");
        Assert.True(report.Results.All(r => r.IsTiming) || File.Exists(ExpectedResults.PathOf(ExpectedResults.FolderOf(Repository.Folders), Lesson)),
            $"{Lesson} publishes results but has no expected results.");
    }

    [Fact]
    public async Task App_with_the_solutions_builds_runs_and_holds_the_notebook_s_expected_results()
    {
        var report = await runs.App(Lesson);

        Assert.True(report.Passed, report.Describe());
        Assert.Equal(Executor.App, report.Executor);
    }

    /// <summary>
    /// The exercises app (<c>notebooks/NN-name.exercises.cs</c>), where a learner of the app route answers: only the exercises and
    /// the cells they need, so each check must still pass with the solutions in place, as it does in the notebook.
    /// </summary>
    [Fact]
    public async Task Exercises_app_with_the_solutions_checks_every_exercise_as_the_notebook_does()
    {
        var lesson = Repository.LessonNamed(Lesson);
        if (!lesson.HasExercises)
        {
            Assert.False(File.Exists(Path.Combine(Repository.Folders.Notebooks, Lesson + AppExporter.ExercisesSuffix)), $"{Lesson} has no exercises, but an exercises app.");
            return;
        }

        var report = await runs.Exercises(Lesson);

        Assert.True(report.Passed, report.Describe());
        Assert.Equal(lesson.AnswerCells.Count(), report.Exercises.Select(e => e.Exercise).Distinct().Count());
    }

    /// <summary>
    /// The app as a learner first runs it, every answer still null. Not run by default (<c>Explicit</c>): the app is exactly
    /// the notebook's export (a fast test proves it) and the notebook runs as shipped above, so this proves nothing new on
    /// every push; run it by hand after changing the exporter:
    /// <c>dotnet test course.sln --filter "FullyQualifiedName~RunTests" -- xUnit.Explicit=only</c>.
    /// </summary>
    [Fact(Explicit = true)]
    public async Task App_as_shipped_runs_to_the_end_with_every_exercise_not_attempted()
    {
        var report = await runs.InSlot(cancel => runs.Engine.RunAsync(Repository.LessonNamed(Lesson), Executor.App, solutions: false, cancel));

        Assert.True(report.Passed, report.Describe());
    }
}
