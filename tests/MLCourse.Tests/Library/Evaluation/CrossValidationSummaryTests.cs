using MLCourse.Evaluation;

namespace MLCourse.Tests.Library.Evaluation;

public sealed class CrossValidationSummaryTests
{
    [Fact]
    public void Mean_and_sample_standard_deviation_of_the_folds()
    {
        var summary = CrossValidationSummary.Of([0.9, 1.0, 0.8]);   // mean 0.9; squares 0.01 + 0.01 + 0 over n − 1 = 2: √0.01 = 0.1

        Assert.Equal(0.9, summary.Mean, 12);
        Assert.Equal(0.1, summary.StandardDeviation, 12);
        Assert.Equal("0.900 ± 0.100", summary.ToString());
    }

    [Fact]
    public void One_fold_or_a_NaN_fold_is_explained()
    {
        Assert.StartsWith("Expected at least 2 folds; found 1. Use 2 or more, so that the scores have a spread.",
            Assert.Throws<ArgumentException>(() => CrossValidationSummary.Of([0.9])).Message);
        Assert.StartsWith("Expected a number for every fold; found NaN for fold 1. Check that every fold had examples of each class.",
            Assert.Throws<ArgumentException>(() => CrossValidationSummary.Of([0.9, double.NaN])).Message);
    }
}
