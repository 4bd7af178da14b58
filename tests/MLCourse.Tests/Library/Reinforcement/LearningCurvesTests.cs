using MLCourse.Reinforcement;

namespace MLCourse.Tests.Library.Reinforcement;

public sealed class LearningCurvesTests
{
    [Fact]
    public void Mean_and_smooth_compute_by_hand()
    {
        Assert.Equal([2.0, 3.0], LearningCurves.Mean([[1.0, 2.0], [3.0, 4.0]]));
        Assert.Equal([1.0, 1.5, 2.5, 3.5], LearningCurves.Smooth([1.0, 2.0, 3.0, 4.0], window: 2));
        Assert.StartsWith("Expected one or more runs of the same length; found 2 runs of lengths 1, 2.", Assert.Throws<ArgumentException>(() => LearningCurves.Mean([[1.0], [1.0, 2.0]])).Message);
        Assert.StartsWith("Expected at least 1 value per point; found 0.", Assert.Throws<ArgumentOutOfRangeException>(() => LearningCurves.Smooth([1.0], window: 0)).Message);
    }
}
