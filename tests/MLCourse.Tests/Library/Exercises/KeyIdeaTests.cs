using MLCourse.Exercises;

namespace MLCourse.Tests.Library.Exercises;

public sealed class KeyIdeaTests
{
    [Fact]
    public void A_word_matches_the_beginning_of_a_word_in_any_case_and_a_phrase_its_words_in_order()
    {
        var idea = new KeyIdea("a third factor", "caus", "third factor", "O’Brien");

        Assert.True(idea.IsMentionedIn("CAUSATION is not shown."));
        Assert.True(idea.IsMentionedIn("A third\nfactor, maybe."));
        Assert.True(idea.IsMentionedIn("names like o'brien break it"));
        Assert.False(idea.IsMentionedIn("because it is not clear"));   // "caus" inside a word does not count
        Assert.False(idea.IsMentionedIn("a factor, the third"));
    }

    [Fact]
    public void An_idea_needs_a_name_and_a_word_that_can_match()
    {
        Assert.StartsWith("Expected a name the learner can read; found an empty one.", Assert.Throws<ArgumentException>(() => new KeyIdea(" ", "caus")).Message);
        Assert.StartsWith("Expected at least one word or phrase that shows a text mentions the key idea \"cause\"; found none.",
            Assert.Throws<ArgumentException>(() => new KeyIdea("cause", "?!", "")).Message);
        Assert.StartsWith("Expected at least one word or phrase", Assert.Throws<ArgumentException>(() => new KeyIdea("cause")).Message);
    }
}
