namespace MLCourse.Tests.Library;

/// <summary>
/// The results file, the protocol between a lesson and the runner: what the library writes (results, timings, exercise
/// checks, charts, the start of the solutions) is what it reads back, part by part.
/// </summary>
public sealed class ResultsFileTests
{
    [Fact]
    public void Lines_read_back_as_results_timings_exercises_and_charts_a_later_value_of_a_result_winning()
    {
        var parts = ResultsFile.Parse(["accuracy=0.9", "not a line of the protocol", "!01.1=Incorrect", "mae=2.1", "load_s~3.5", "*/tmp/chart-01.html", "accuracy=0.95", "!01.1=Correct", ""]);

        var part = Assert.Single(parts);
        Assert.Equal([new("mae", "2.1", false), new("load_s", "3.5", true), new("accuracy", "0.95", false)], part.Results);
        Assert.Equal([new("01.1", "Incorrect"), new("01.1", "Correct")], part.Exercises);
        Assert.Equal(1, part.Charts);
    }

    [Fact]
    public void The_start_of_the_solutions_splits_the_run_into_two_parts()
    {
        var parts = ResultsFile.Parse(["a=1", "!01.1=NotAttempted", "#solutions", "b=2", "a=3", "!01.1=Correct"]);

        Assert.Equal(2, parts.Count);
        Assert.Equal([new LessonResult("a", "1", false)], parts[0].Results);
        Assert.Equal([new ExerciseOutcome("01.1", "NotAttempted")], parts[0].Exercises);
        Assert.Equal([new ExerciseOutcome("01.1", "Correct")], parts[1].Exercises);
        Assert.Equal([new LessonResult("b", "2", false), new LessonResult("a", "3", false)], parts[0].ResultsThen(parts[1]));   // the later part's value wins
    }

    [Fact]
    public void What_the_library_writes_is_what_the_runner_reads()
    {
        var file = Path.Combine(Repository.TestFolder("results-file"), "lesson.results.txt");

        LessonResults.Publish("accuracy", 0.98123, file);
        LessonResults.Publish("load_s", 3.25, file, timing: true);
        LessonResults.Publish("accuracy", 0.5, file);

        var part = Assert.Single(ResultsFile.Read(file));
        Assert.Equal([new("load_s", "3.25", true), new("accuracy", "0.5", false)], part.Results);
        Assert.Empty(part.Exercises);
    }

    [Fact]
    public void No_file_means_nothing_was_published()
    {
        Assert.Empty(ResultsFile.Read(Path.Combine(Repository.TestFolder("results-file-none"), "missing.txt")));
    }
}
