using MLCourse.Evaluation;

namespace MLCourse.Tests.Library.Evaluation;

public sealed class TimeSplitTests
{
    private static readonly Microsoft.Data.Analysis.DataFrame Days = new(
        new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<DateTime>("date",
            [new DateTime(2015, 3, 1), new DateTime(2014, 12, 31), new DateTime(2015, 1, 1), new DateTime(2013, 6, 1)]),
        new Microsoft.Data.Analysis.Int32DataFrameColumn("id", [0, 1, 2, 3]));

    [Fact]
    public void Days_before_the_cutoff_train_and_the_cutoff_day_on_test_each_in_row_order()
    {
        var (train, test) = TimeSplit.Before(Days, "date", new DateTime(2015, 1, 1));

        Assert.Equal([1, 3], train["id"].Cast<int>());
        Assert.Equal([0, 2], test["id"].Cast<int>());
    }

    [Fact]
    public void A_missing_date_column_or_a_cutoff_outside_the_dates_is_explained()
    {
        Assert.StartsWith("Expected a column named 'day'; found none. The columns are: date, id.",
            Assert.Throws<ArgumentException>(() => TimeSplit.Before(Days, "day", new DateTime(2015, 1, 1))).Message);
        Assert.StartsWith("Expected column 'id' to hold DateTime values; found Int32 values. Convert it first, or pick a column that holds DateTime values: date.",
            Assert.Throws<ArgumentException>(() => TimeSplit.Before(Days, "id", new DateTime(2015, 1, 1))).Message);
        Assert.StartsWith("Expected a cutoff that leaves rows on both sides; found 2016-01-01, which puts every row in the training part: " +
                          "the dates run from 2013-06-01 to 2015-03-01. Choose a cutoff between them.",
            Assert.Throws<ArgumentOutOfRangeException>(() => TimeSplit.Before(Days, "date", new DateTime(2016, 1, 1))).Message);
        Assert.Contains("puts every row in the test part", Assert.Throws<ArgumentOutOfRangeException>(() => TimeSplit.Before(Days, "date", new DateTime(2000, 1, 1))).Message);
    }
}
