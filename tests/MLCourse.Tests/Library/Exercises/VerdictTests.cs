using MLCourse.Exercises;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Exercises;

public sealed class VerdictTests
{
    [Fact]
    public void A_verdict_renders_as_a_coloured_box()
    {
        Assert.Contains("#1e8e3e", SampleExercises.Number().Check(42).ToHtml());
        Assert.Contains("#d93025", SampleExercises.Number().Check(41).ToHtml());
        Assert.Contains("#1a73e8", new Verdict("99.2", Outcome.Submitted, "Compare.").ToHtml());
        Assert.Equal("✎ Exercise 99.2: submitted. Compare.", new Verdict("99.2", Outcome.Submitted, "Compare.").ToString());
    }
}
