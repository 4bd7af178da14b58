using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using MLCourse.Charts;
using Plotly.NET;

namespace MLCourse.Evaluation;

/// <summary>
/// How far predicted numbers are from the actual ones: mean absolute error (MAE), root mean squared error (RMSE) and R²
/// (1 − residual sum of squares / total sum of squares), as ML.NET's and scikit-learn's regression metrics define them.
/// </summary>
public sealed class RegressionReport
{
    /// <summary>The actual values.</summary>
    public IReadOnlyList<double> Actual { get; }

    /// <summary>The predicted values.</summary>
    public IReadOnlyList<double> Predicted { get; }

    /// <summary>The mean of |actual − predicted|, in the units of the target.</summary>
    public double MeanAbsoluteError { get; }

    /// <summary>√(mean of (actual − predicted)²): like the MAE but big misses weigh more.</summary>
    public double RootMeanSquaredError { get; }

    /// <summary>The share of the variation in the target that the predictions explain: 1 is perfect, 0 is no better than the mean.</summary>
    public double RSquared { get; }

    private RegressionReport(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        (Actual, Predicted) = (actual, predicted);
        var errors = actual.Zip(predicted, (a, p) => a - p).ToList();
        MeanAbsoluteError = errors.Average(Math.Abs);
        RootMeanSquaredError = Math.Sqrt(errors.Average(e => e * e));
        var mean = actual.Average();
        RSquared = 1 - errors.Sum(e => e * e) / actual.Sum(a => (a - mean) * (a - mean));
    }

    /// <exception cref="ArgumentException">
    /// The lists are null, differ in length, hold fewer than two examples or a value that is not a number, or the actual
    /// values are all the same (R² compares the errors with the target's spread, and there is none).
    /// </exception>
    public static RegressionReport From(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        Require.NotNull(actual, nameof(actual), "the actual values");
        Require.NotNull(predicted, nameof(predicted), "the predicted values");
        Require.That(actual.Count == predicted.Count, nameof(predicted), "one prediction per example",
            $"{actual.Count} actual values and {predicted.Count} predictions", "Score the same examples you take the actual values from.");
        Require.Enough(actual, 2, nameof(actual), "examples", "so that the errors have a mean and the target a spread");
        Require.That(actual.Concat(predicted).All(double.IsFinite), nameof(actual), "numbers only",
            $"a missing value or NaN at example {actual.Zip(predicted).ToList().FindIndex(p => !double.IsFinite(p.First) || !double.IsFinite(p.Second))}",
            "Drop examples without a known target before evaluating.");
        Require.That(actual.Any(a => a != actual[0]), nameof(actual), "actual values that vary (R² compares the errors with their spread)",
            $"every one of the {actual.Count} actual values equal to {actual[0]}",
            "Evaluate on examples whose targets differ, e.g. a larger or a random test set.");
        return new RegressionReport(actual.ToList(), predicted.ToList());
    }

    /// <summary>The report of an ML.NET model's output: its label column against its <c>Score</c> column.</summary>
    public static RegressionReport From(IDataView scored, string labelColumn, string scoreColumn = "Score") =>
        From(scored.GetColumn<float>(labelColumn).Select(v => (double)v).ToList(), scored.GetColumn<float>(scoreColumn).Select(v => (double)v).ToList());

    /// <summary>The three metrics as a one-row table.</summary>
    public DataFrame ToDataFrame() => new(
        new DoubleDataFrameColumn("MAE", [Math.Round(MeanAbsoluteError, 3)]),
        new DoubleDataFrameColumn("RMSE", [Math.Round(RootMeanSquaredError, 3)]),
        new DoubleDataFrameColumn("R²", [Math.Round(RSquared, 3)]));

    /// <summary>
    /// Residuals (actual − predicted) against the prediction. A good model leaves a shapeless band around 0;
    /// a curve or a funnel means the model misses a pattern.
    /// </summary>
    public GenericChart PlotResiduals(string title = "Residuals", string unit = "") =>
        new DataFrame(
            new DoubleDataFrameColumn($"predicted{Suffix(unit)}", Predicted),
            new DoubleDataFrameColumn($"residual: actual − predicted{Suffix(unit)}", Actual.Zip(Predicted, (a, p) => a - p)))
            .PlotScatter($"predicted{Suffix(unit)}", $"residual: actual − predicted{Suffix(unit)}", title: title);

    private static string Suffix(string unit) => unit.Length == 0 ? "" : $" ({unit})";
}
