using Microsoft.Data.Analysis;
using Microsoft.ML;
using MLCourse.Evaluation;

namespace MLCourse.Tests.Library.Evaluation;

public sealed class PartialDependenceTests
{
    private static readonly MLContext Ml = new(seed: 1);

    [Fact]
    public void Partial_dependence_of_a_linear_model_is_its_line()
    {
        var frame = new DataFrame(new SingleDataFrameColumn("x", [0f, 1f, 2f, 3f, 4f]), new SingleDataFrameColumn("z", [1f, 1f, 1f, 1f, 1f]));
        var model = Ml.Transforms.Expression("Score", "(x, z) => 2 * x + z", "x", "z").Fit(frame);   // a "model": 2x + z

        var dependence = PartialDependence.Compute(model, frame, "x", points: 3);

        Assert.Equal([0.0, 2.0, 4.0], dependence.Values);
        Assert.Equal([1.0, 5.0, 9.0], dependence.MeanPredictions);
    }

    [Fact]
    public void Partial_dependence_explains_each_bad_input()
    {
        var frame = new DataFrame(new SingleDataFrameColumn("x", [0f, 1f]), new Int32DataFrameColumn("n", [1, 2]), new SingleDataFrameColumn("gone", [null, null]));
        var model = Ml.Transforms.CopyColumns("Score", "x").Fit(frame);
        string Error(Action compute) => Assert.ThrowsAny<ArgumentException>(compute).Message;

        Assert.Equal("Expected a column named 'w'; found none. The columns are: x, n, gone. Names must match exactly, including case, spaces and units. (Parameter 'column')",
            Error(() => PartialDependence.Compute(model, frame, "w")));
        Assert.Equal("Expected column 'n' to hold float (Single) values; found Int32 values. Convert it first, or pick a column that holds float (Single) values: x, gone. (Parameter 'column')",
            Error(() => PartialDependence.Compute(model, frame, "n")));
        Assert.Equal("Expected values in column 'gone' to make the grid from; found all 2 rows missing. Drop or fill the missing values first (lesson 02), or pick another column. (Parameter 'column')",
            Error(() => PartialDependence.Compute(model, frame, "gone")));
        Assert.Equal("Expected at least 2 grid points; found 1. Use 2 or more, so that there is a line to draw. (Parameter 'points')",
            Error(() => PartialDependence.Compute(model, frame, "x", points: 1)));
        Assert.Equal("Expected a fitted model (the ITransformer that Fit returned); found null. Check what you pass as model: a variable that was never given a value is null. (Parameter 'model')",
            Error(() => PartialDependence.Compute(null!, frame, "x")));
    }
}
