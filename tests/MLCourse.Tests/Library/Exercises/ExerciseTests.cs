using MLCourse.Exercises;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Exercises;

public sealed class ExerciseTests
{
    [Fact]
    public void Null_means_not_attempted()
    {
        var verdict = SampleExercises.Number().Check(null);

        Assert.Equal(Outcome.NotAttempted, verdict.Outcome);
        Assert.StartsWith("… Exercise 99.1: not attempted yet.", verdict.ToString());
    }

    [Fact]
    public void Hints_come_one_at_a_time_then_point_to_the_solution()
    {
        var exercise = SampleExercises.Number();

        Assert.Equal("Hint 1 of 2: first hint", exercise.Hint());
        Assert.Equal("Hint 2 of 2: second hint", exercise.Hint());
        Assert.StartsWith("No more hints.", exercise.Hint());
        Assert.Contains("double? answer = 42;", exercise.Solution());
    }

    [Fact]
    public void A_reflection_is_known_as_one_and_is_recorded_as_submitted_never_solved()
    {
        var reflection = SampleExercises.Reflection();
        var log = new ExerciseLog();

        Assert.True(reflection.IsReflection);
        Assert.False(SampleExercises.Number().IsReflection);
        Assert.Equal(Outcome.Submitted, reflection.Check("The order of the days matters for a forecast.", log).Outcome);
        reflection.Check("too short", log);

        var entry = log.Read()["99.3"];
        Assert.Equal("Incorrect", entry.Last);
        Assert.True(entry.Submitted);
        Assert.False(entry.Solved);
    }

    [Fact]
    public void Waiting_explains_which_answer_a_cell_needs_and_records_nothing()
    {
        var before = ExerciseLog.Current.Read().GetValueOrDefault("09.5");

        var waiting = Lesson09.ForecastModel.Waiting();

        Assert.Equal(Outcome.NotAttempted, waiting.Outcome);
        Assert.Equal("This cell builds on your answer to \"a forecast model\": answer it above, then run this cell again.", waiting.Message);
        Assert.Equal(before, ExerciseLog.Current.Read().GetValueOrDefault("09.5"));
    }
}
