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

        Assert.Equal("Hint 1 of 2: first hint (Next: Hint(2).)", exercise.Hint());
        Assert.Equal("Hint 2 of 2: second hint (That was the last. Still stuck? Solution() shows a worked answer.)", exercise.Hint());
        Assert.StartsWith("No more hints.", exercise.Hint());
        Assert.Contains("double? answer = 42;", exercise.Solution());
    }

    [Fact]
    public void A_hint_can_be_asked_for_by_its_number_as_a_program_must_which_starts_afresh_each_run()
    {
        var exercise = SampleExercises.Number();

        Assert.Equal("Hint 2 of 2: second hint (That was the last. Still stuck? Solution() shows a worked answer.)", exercise.Hint(2));
        Assert.Equal("Hint 1 of 2: first hint (Next: Hint(2).)", exercise.Hint(1));
        Assert.StartsWith("No more hints.", exercise.Hint());   // Hint() goes on after the furthest one shown
        Assert.Equal("Exercise 99.1 has 2 hints, and Hint(2) was the last. Still stuck? Solution() shows a worked answer.", exercise.Hint(3));   // not a crash that ends a program
        Assert.Equal("Hints are numbered from 1: exercise 99.1 has 2, Hint(1) to Hint(2).", exercise.Hint(0));   // nor this
        Assert.Equal("Hints are numbered from 1: exercise 99.1 has 2, Hint(1) to Hint(2).", exercise.Hint(-1));
    }

    /// <summary>In a program a line Lesson10.TfIdfWeight.Hint(); shows nothing: the advice names the line that does.</summary>
    [Fact]
    public void In_a_program_the_advice_to_ask_for_a_hint_names_the_line_to_add()
    {
        Assert.Equal("Lesson10.TfIdfWeight", MLCourse.Exercises.Lesson10.TfIdfWeight.Name);
        Assert.Equal("0.2 is too low. Stuck? Add the line display(Lesson10.TfIdfWeight.Hint()); below its check, then run the file again.",
            MLCourse.Exercises.Lesson10.TfIdfWeight.InProgramWords("0.2 is too low. " + Checks.HintAdvice));
        Assert.Contains(Checks.HintAdvice, MLCourse.Exercises.Lesson10.TfIdfWeight.Check(0.2).Message);   // the notebook's words, here in the tests
        Assert.Null(SampleExercises.Number().Name);   // not held by a lesson's class
    }

    [Fact]
    public void A_missing_answer_is_explained_in_the_words_of_the_learner_s_route()
    {
        var exercise = SampleExercises.Number();

        Assert.Equal("Replace the null in the answer cell, run it, then run this cell again.", exercise.NotAttempted(program: false));
        Assert.Equal("Replace the null in your answer to exercise 99.1 (below the line that says \"your answer to exercise 99.1\"), then run the file again.",
            exercise.NotAttempted(program: true));
        Assert.Equal("This step builds on your answer to \"a forecast model\" (exercise 09.5): answer it, then run the file again.",
            Lesson09.ForecastModel.Waiting(program: true).Message);
        Assert.False(LearnerRoute.IsProgram);   // the tests run as neither: as in a notebook
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

    [Fact]
    public void A_reflection_s_first_submission_keeps_the_model_answer_back_and_the_next_one_shows_it()
    {
        var reflection = SampleExercises.Reflection();
        var log = new ExerciseLog();

        Assert.Equal(Outcome.Incorrect, reflection.Check("too short", log).Outcome);   // a refused text is no submission
        var first = reflection.Check("The order of the days matters for a forecast.", log);
        var again = reflection.Check("The order of the days  matters for a forecast.", log);   // a rerun, not a revision (spacing aside)
        var second = reflection.Check("The order of the days matters for a forecast, and the future must not leak.", log);

        Assert.Equal(Outcome.Submitted, first.Outcome);
        Assert.DoesNotContain("model answer:", first.Message);
        Assert.Equal(first.Message, again.Message);
        Assert.EndsWith("Revise it if you like and submit it again: a changed answer is shown a model answer to compare with.", first.Message);
        Assert.Contains("Compare with a model answer: ", second.Message);
        var legacy = new ExerciseLog();   // a reflection logged as solved, before reflections were "submitted", was submitted
        legacy.Record(new Verdict("99.3", Outcome.Correct, ""));
        Assert.Contains("Compare with a model answer: ", reflection.Check("The order of the days matters for a forecast.", legacy).Message);
    }
}
