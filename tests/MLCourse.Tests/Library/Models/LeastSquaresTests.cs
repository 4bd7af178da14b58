using Microsoft.ML;
using MLCourse.Evaluation;

namespace MLCourse.Tests.Library.Models;

public sealed class LeastSquaresTests
{
    [Fact]
    public void Recovers_an_exact_line()
    {
        var fit = LeastSquares.Fit([[1f], [2f], [3f], [4f]], [3f, 5f, 7f, 9f]);   // y = 1 + 2x

        Assert.Equal(1.0, fit.Intercept, 12);
        Assert.Equal(2.0, fit.Coefficients[0], 12);
        Assert.Equal(11.0, fit.Predict([5f]), 12);
    }

    [Fact]
    public void Matches_the_hand_computed_slope_and_intercept()
    {
        // x = 0..3, y = 1, 3, 2, 5: mean x 1.5, mean y 2.75; Sxy = 2.625 − 0.125 − 0.375 + 3.375 = 5.5; Sxx = 5;
        // slope 5.5 / 5 = 1.1; intercept 2.75 − 1.1 · 1.5 = 1.1.
        var fit = LeastSquares.Fit([[0f], [1f], [2f], [3f]], [1f, 3f, 2f, 5f]);

        Assert.Equal(1.1, fit.Coefficients[0], 12);
        Assert.Equal(1.1, fit.Intercept, 12);
    }

    [Fact]
    public void Leaves_out_what_no_feature_can_explain()
    {
        // A 2 × 2 design; y = 1 + 2·x1 − 3·x2 plus 0.5·(+1, −1, −1, +1), which is orthogonal to 1, x1 and x2,
        // so least squares must return exactly 1, 2 and −3.
        var fit = LeastSquares.Fit([[0f, 0f], [1f, 0f], [0f, 1f], [1f, 1f]], [1.5f, 2.5f, -2.5f, 0.5f]);

        Assert.Equal(1.0, fit.Intercept, 12);
        Assert.Equal([2.0, -3.0], fit.Coefficients.Select(c => Math.Round(c, 12)));
    }

    [Fact]
    public void Keeps_its_digits_on_badly_scaled_features()
    {
        // Years near 1976 and weights in thousands, as in the cars: y = −1000 + 0.5·year + 0.001·weight exactly.
        float[][] rows = [[1970f, 3504f], [1973f, 2130f], [1976f, 4312f], [1979f, 2200f], [1982f, 2950f], [1975f, 3600f]];
        var fit = LeastSquares.Fit(rows, rows.Select(r => (float)(-1000 + 0.5 * r[0] + 0.001 * r[1])).ToArray());

        Assert.Equal(0.5, fit.Coefficients[0], 5);
        Assert.Equal(0.001, fit.Coefficients[1], 7);
        Assert.Equal(-1000, fit.Intercept, 2);
    }

    [Fact]
    public void Fits_an_ML_NET_features_column_and_names_the_terms()
    {
        var ml = new MLContext(seed: 1);
        var rows = ml.Data.LoadFromEnumerable(new[] { (0f, 0f, 1.5f), (1f, 0f, 2.5f), (0f, 1f, -2.5f), (1f, 1f, 0.5f) }
            .Select(r => new Row { Width = r.Item1, Height = r.Item2, Label = r.Item3 }));
        var data = ml.Transforms.Concatenate("Features", "Width", "Height").Fit(rows).Transform(rows);

        var fit = LeastSquares.Fit(data);

        Assert.Equal(["Width", "Height"], fit.FeatureNames);
        Assert.Equal([1.0, 3.0, -2.0, 0.0], fit.Predict(data).Select(p => Math.Round(p, 9)));   // 1 + 2·width − 3·height; the residuals are ±0.5
        var table = fit.ToDataFrame();
        Assert.Equal(["(intercept)", "Width", "Height"], table["term"].Cast<string>());
        Assert.Equal(-3.0, (double)table["coefficient"][2], 12);
    }

    [Fact]
    public void Bad_inputs_are_explained()
    {
        Assert.Contains("Expected at least one training point; found none.",
            Assert.Throws<ArgumentException>(() => LeastSquares.Fit([], [])).Message);
        Assert.Contains("found 3 points and 2 labels",
            Assert.Throws<ArgumentException>(() => LeastSquares.Fit([[1f], [2f], [3f]], [1f, 2f])).Message);
        Assert.Contains("Expected a value for every feature of training point 1; found a missing value (NaN) in feature 0",
            Assert.Throws<ArgumentException>(() => LeastSquares.Fit([[1f], [float.NaN], [3f]], [1f, 2f, 3f])).Message);
        Assert.Contains("Expected a label for training point 2; found none",
            Assert.Throws<ArgumentException>(() => LeastSquares.Fit([[1f], [2f], [3f]], [1f, 2f, float.NaN])).Message);
        Assert.Contains("Expected at least 3 rows for least squares with 2 features (one per coefficient, plus the intercept); found 2.",
            Assert.Throws<ArgumentException>(() => LeastSquares.Fit([[1f, 2f], [2f, 1f]], [1f, 2f])).Message);
        Assert.Contains("Expected 2 features, as the training points have; found 1 in training point 1",
            Assert.Throws<ArgumentException>(() => LeastSquares.Fit([[1f, 2f], [2f], [3f, 1f]], [1f, 2f, 3f])).Message);
        Assert.Contains("Expected 1 features, as the training points have; found 3 in the",
            Assert.Throws<ArgumentException>(() => LeastSquares.Fit([[1f], [2f], [3f]], [1f, 2f, 4f]).Predict([1f, 2f, 3f])).Message);
    }

    [Fact]
    public void A_constant_feature_is_named()
    {
        var error = Assert.Throws<ArgumentException>(() => LeastSquares.Fit([[1f, 7f], [2f, 7f], [3f, 7f], [4f, 7f]], [1f, 2f, 4f, 3f], ["size", "wheels"]));

        Assert.StartsWith("Expected feature 'wheels' to vary; found 7 in every row.", error.Message);
    }

    [Fact]
    public void Collinear_features_are_named_with_their_partners()
    {
        // total = a + b: no unique coefficients.
        float[][] rows = [[1f, 2f, 3f], [2f, 1f, 3f], [3f, 5f, 8f], [4f, 2f, 6f], [5f, 4f, 9f]];
        var error = Assert.Throws<ArgumentException>(() => LeastSquares.Fit(rows, [1f, 2f, 3f, 5f, 4f], ["a", "b", "total"]));

        Assert.StartsWith("Expected feature 'total' to add something the features before it do not; found a linear combination of 'a', 'b' and the intercept (collinear).", error.Message);
    }

    [Fact]
    public void Every_one_hot_column_next_to_the_intercept_is_collinear()
    {
        // Three one-hot columns always add up to 1, the intercept's column.
        float[][] rows = [[1f, 0f, 0f], [0f, 1f, 0f], [0f, 0f, 1f], [1f, 0f, 0f], [0f, 1f, 0f]];
        var error = Assert.Throws<ArgumentException>(() => LeastSquares.Fit(rows, [1f, 2f, 3f, 1.5f, 2.5f], ["USA", "Japan", "Europe"]));

        Assert.StartsWith("Expected feature 'Europe' to add something the features before it do not; found a linear combination of 'USA', 'Japan' and the intercept", error.Message);
        Assert.Contains("leave one category out", error.Message);
    }

    private sealed class Row
    {
        public float Width { get; set; }
        public float Height { get; set; }
        public float Label { get; set; }
    }
}
