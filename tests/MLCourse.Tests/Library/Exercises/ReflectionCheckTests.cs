using MLCourse.Exercises;

namespace MLCourse.Tests.Library.Exercises;

public sealed class ReflectionCheckTests
{
    [Fact]
    public void Reflection_is_submitted_not_correct_and_shows_the_model_answer()
    {
        var check = Checks.Reflection(5, "Shuffled data hides the order of the days.");

        Assert.Equal("Write at least 5 words; you wrote 2.", check("too short").Message);
        var submitted = check("The order of the days matters, so a shuffle would hide it.");
        Assert.Equal(Outcome.Submitted, submitted.Outcome);
        Assert.False(submitted.Correct);
        Assert.Equal("Compare with a model answer: Shuffled data hides the order of the days.", submitted.Message);
    }

    [Fact]
    public void Reflection_without_key_ideas_submits_any_real_text_and_lets_the_model_answer_teach()
    {
        var check = Checks.Reflection(5, "Shuffled data hides the order of the days.");

        var unrelated = check("I like penguins and their lovely black feathers very much.");
        Assert.Equal(Outcome.Submitted, unrelated.Outcome);
        Assert.Equal("Compare with a model answer: Shuffled data hides the order of the days.", unrelated.Message);
    }

    [Fact]
    public void Reflection_rejects_a_repeated_sentence_and_a_text_of_few_different_words()
    {
        var check = Checks.Reflection(12, "A third factor, the size of the bird, drives both.", new KeyIdea("a third factor", "third factor", "size"));

        var repeated = check(string.Join(" ", Enumerable.Repeat("Size drives both of them.", 5)));
        Assert.Equal(Outcome.Incorrect, repeated.Outcome);
        Assert.Equal("Your answer says \"size drives both of them\" 5 times. Say each point once, and give your reasons in your own words.", repeated.Message);
        var monotonous = check("size size size size size size size size size size size size");
        Assert.Equal("Your answer uses only 1 different word. Give your reasons in your own words.", monotonous.Message);
    }

    [Fact]
    public void Reflection_names_the_key_ideas_touched_on_and_those_not_yet_touched_on_without_a_grade()
    {
        var check = Checks.Reflection(8, "Model.",
            new KeyIdea("a third factor", "third factor", "confound", "size"),
            new KeyIdea("correlation is not causation", "caus"),
            new KeyIdea("what an experiment would show", "experiment", "interven"));

        var partial = check("Correlation is not causation: the bird's size could drive both of them.");
        Assert.Equal(Outcome.Submitted, partial.Outcome);
        Assert.Equal("Your answer touches on a third factor and correlation is not causation; it does not yet touch on what an experiment would show. " +
            "Compare with a model answer: Model.", partial.Message);
        Assert.Equal("Your answer touches on a third factor, correlation is not causation and what an experiment would show. Compare with a model answer: Model.",
            check("A confounder causes both; only an intervention, an experiment on flippers, would tell.").Message);
        // Word lists cannot grade: a text that touches on no idea is still submitted, and the model answer teaches.
        var offTopic = check("Penguins live in the Antarctic and eat krill, fish and squid all year.");
        Assert.Equal(Outcome.Submitted, offTopic.Outcome);
        Assert.Equal("Your answer does not yet touch on a third factor, correlation is not causation and what an experiment would show. " +
            "Compare with a model answer: Model.", offTopic.Message);
    }

    [Fact]
    public void Reflection_refuses_a_minimum_below_one_word_and_an_empty_model_answer()
    {
        Assert.StartsWith("Expected at least 1 word; found 0.", Assert.Throws<ArgumentOutOfRangeException>(() => Checks.Reflection(0, "Model.")).Message);
        Assert.StartsWith("Expected a model answer to show after a submission; found an empty one.", Assert.Throws<ArgumentException>(() => Checks.Reflection(5, " ")).Message);
    }
}
