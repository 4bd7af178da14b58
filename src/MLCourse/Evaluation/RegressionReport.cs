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

    /// <exception cref="ArgumentException">The lists differ in length, are empty, or hold a value that is not a number.</exception>
    public static RegressionReport From(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        if (actual.Count != predicted.Count)
            throw new ArgumentException($"Need one prediction per example: got {actual.Count} actual values and {predicted.Count} predictions.", nameof(predicted));
        if (actual.Count < 2) throw new ArgumentException($"Need at least two examples to evaluate; got {actual.Count}.", nameof(actual));
        if (actual.Concat(predicted).Any(v => !double.IsFinite(v)))
            throw new ArgumentException("A value is missing or not a number: drop examples without a known target before evaluating.", nameof(actual));
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
