using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using MLCourse.Evaluation;

namespace MLCourse.Tests.Library.Evaluation;

public sealed class ColumnImportanceTests
{
    private static readonly MLContext Ml = new(seed: 1);

    [Fact]
    public void Column_importance_is_the_metric_change_when_a_column_is_shuffled_and_zero_for_an_ignored_one()
    {
        var frame = new DataFrame(
            new SingleDataFrameColumn("x", Enumerable.Range(0, 50).Select(i => (float)i)),
            new SingleDataFrameColumn("y", Enumerable.Range(0, 50).Select(i => 2f * i)),
            new StringDataFrameColumn("note", Enumerable.Range(0, 50).Select(i => $"day {i}")));
        var model = Ml.Transforms.Expression("Score", "x => 2 * x", "x").Fit(frame);   // predicts y exactly from x, ignores the note
        double Mae(IDataView scored) => scored.GetColumn<float>("Score").Zip(scored.GetColumn<float>("y"), (p, a) => (double)Math.Abs(p - a)).Average();

        var importance = ColumnImportance.Compute(model, frame, ["note", "x"], Mae, repeats: 5, seed: 1);

        Assert.Equal(["x", "note"], importance.Select(i => i.Feature));
        Assert.InRange(importance[0].Change, 20, 50);   // shuffling x of 0..49 and doubling: a mean absolute error of about 2 × 16.7
        Assert.True(importance[0].Low > 0 && importance[0].High >= importance[0].Change);
        Assert.Equal((0.0, 0.0, 0.0), (importance[1].Change, importance[1].Low, importance[1].High));
        Assert.Equal(importance.Select(i => i.Change), ColumnImportance.Compute(model, frame, ["note", "x"], Mae, repeats: 5, seed: 1).Select(i => i.Change));
    }

    [Fact]
    public void Column_importance_explains_an_unknown_column_and_too_few_repeats()
    {
        var frame = new DataFrame(new SingleDataFrameColumn("x", [1f, 2f]));
        var model = Ml.Transforms.CopyColumns("Score", "x").Fit(frame);

        string Error(Action compute) => Assert.ThrowsAny<ArgumentException>(compute).Message;

        Assert.Equal("Expected a column named 'wind'; found none. The columns are: x. Names must match exactly, including case, spaces and units. (Parameter 'columns')",
            Error(() => ColumnImportance.Compute(model, frame, ["wind"], _ => 0)));
        Assert.Equal("Expected at least 2 repeats; found 1. Use 2 or more, so that each change has an interval. (Parameter 'repeats')",
            Error(() => ColumnImportance.Compute(model, frame, ["x"], _ => 0, repeats: 1)));
        Assert.Equal("Expected the names of the input columns to shuffle; found none. Name the columns the pipeline reads, e.g. [\"Horsepower\", \"Weight_in_lbs\"]. (Parameter 'columns')",
            Error(() => ColumnImportance.Compute(model, frame, [], _ => 0)));
        Assert.Equal("Expected at least 2 rows to shuffle; found 1. Compute importance on held-out data with enough rows for the metric to mean something. (Parameter 'data')",
            Error(() => ColumnImportance.Compute(model, frame.Head(1), ["x"], _ => 0)));
        Assert.Equal("Expected a fitted model (the ITransformer that Fit returned); found null. Check what you pass as model: a variable that was never given a value is null. (Parameter 'model')",
            Error(() => ColumnImportance.Compute(null!, frame, ["x"], _ => 0)));
    }
}
