using MLCourse.Evaluation;

namespace MLCourse.Tests.Library.Evaluation;

public sealed class StratifiedSplitTests
{
    private static readonly Microsoft.Data.Analysis.DataFrame Frame = new(
        new Microsoft.Data.Analysis.StringDataFrameColumn("label", Enumerable.Repeat("big", 50).Concat(Enumerable.Repeat("small", 10))),
        new Microsoft.Data.Analysis.Int32DataFrameColumn("id", Enumerable.Range(0, 60)));

    [Fact]
    public void Each_class_keeps_its_share_in_the_test_part()
    {
        var (train, test) = StratifiedSplit.Split(Frame, "label", testFraction: 0.2, seed: 7);

        Assert.Equal(48, train.Rows.Count);
        Assert.Equal(12, test.Rows.Count);
        Assert.Equal(10, test["label"].Cast<string>().Count(l => l == "big"));     // 20% of 50
        Assert.Equal(2, test["label"].Cast<string>().Count(l => l == "small"));    // 20% of 10
    }

    [Fact]
    public void The_parts_are_disjoint_complete_and_the_same_for_the_same_seed()
    {
        var (train, test) = StratifiedSplit.Split(Frame, "label", seed: 7);
        var again = StratifiedSplit.Split(Frame, "label", seed: 7).Test;
        var other = StratifiedSplit.Split(Frame, "label", seed: 8).Test;

        var trainIds = train["id"].Cast<int>().ToHashSet();
        var testIds = test["id"].Cast<int>().ToList();
        Assert.Empty(trainIds.Intersect(testIds));
        Assert.Equal(60, trainIds.Count + testIds.Count);
        Assert.Equal(testIds, again["id"].Cast<int>());
        Assert.NotEqual(testIds, other["id"].Cast<int>());
    }

    [Fact]
    public void A_bad_fraction_or_column_is_explained()
    {
        Assert.StartsWith("Expected a test fraction between 0 and 1, both excluded; found 1.5. 0.2 keeps a fifth of each class for testing.",
            Assert.Throws<ArgumentOutOfRangeException>(() => StratifiedSplit.Split(Frame, "label", 1.5)).Message);
        Assert.StartsWith("Expected a column named 'species'; found none. The columns are: label, id.",
            Assert.Throws<ArgumentException>(() => StratifiedSplit.Split(Frame, "species")).Message);
        var unlabelled = new Microsoft.Data.Analysis.DataFrame(new Microsoft.Data.Analysis.StringDataFrameColumn("label", ["a", null, "b"]));
        Assert.StartsWith("Expected a 'label' in every row; found none in row 1. Drop rows without a label before splitting.",
            Assert.Throws<ArgumentException>(() => StratifiedSplit.Split(unlabelled, "label")).Message);
    }
}
