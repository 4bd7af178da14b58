using MLCourse.Exercises;

namespace MLCourse.Tests.Support;

/// <summary>What every lesson's reflection must do with a real answer, a short one, a repeated one and one off the topic.</summary>
internal static class Reflections
{
    /// <summary>
    /// <paramref name="answer"/>, a right answer in other words than the key ideas' own, is submitted; a short or repeated
    /// text is refused; a text off the topic, or one made of the everyday words any answer uses, is submitted without
    /// touching on any key idea.
    /// </summary>
    public static void AssertReads(Exercise<string?> reflection, string answer)
    {
        Assert.Equal(Outcome.Submitted, reflection.Check(answer).Outcome);
        Assert.Equal(Outcome.Incorrect, reflection.Check("it depends").Outcome);
        Assert.Equal(Outcome.Incorrect, reflection.Check(string.Join(" ", Enumerable.Repeat("The model is good and useful.", 4))).Outcome);
        var offTopic = reflection.Check("My favourite penguins are the Gentoos: they dive deep and eat krill near the southern islands.");
        Assert.Equal(Outcome.Submitted, offTopic.Outcome);
        Assert.StartsWith("Your answer does not yet touch on ", offTopic.Message);
        // Everyday words that any answer uses are not read as ideas.
        Assert.StartsWith("Your answer does not yet touch on ",
            reflection.Check("Users would only wait and change their date when the problem works out wrong in the field, and the error calls for random work.").Message);
    }
}
