using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace MLCourse.Evaluation;

/// <summary>
/// Ordinary least squares in closed form (scikit-learn's <c>LinearRegression</c>): the intercept and coefficients that
/// make the sum of squared errors as small as it can be, computed directly instead of by iterating. ML.NET's exact
/// trainer (Ols) lives in Microsoft.ML.Mkl.Components, which the course cannot use; this small reference lets a lesson
/// check that an iterative trainer such as SDCA has reached the least-squares fit.
/// <para>
/// How it computes: (1) subtract each feature's mean and the label's mean, so the intercept drops out (the fitted plane
/// passes through the point of means); (2) solve the centred problem X·b ≈ y with a QR decomposition: Householder
/// reflections turn X, column by column, into an upper-triangular R, and the same reflections turn y into Qᵀy, so that
/// R·b = Qᵀy is solved from the last coefficient up; (3) intercept = mean(y) − Σ mean(xⱼ)·bⱼ. QR never forms XᵀX (the
/// normal equations), which would square the problem's condition number and lose digits when features are correlated.
/// </para>
/// </summary>
public sealed class LeastSquares
{
    /// <summary>A feature whose part not explained by the features before it is smaller than this share of its own size is collinear.</summary>
    private const double CollinearTolerance = 1e-6;

    /// <summary>The predicted label when every feature is 0.</summary>
    public double Intercept { get; }

    /// <summary>One coefficient per feature: how much the prediction moves when that feature grows by 1 and the others stay put.</summary>
    public IReadOnlyList<double> Coefficients { get; }

    /// <summary>The features' names (the slot names of an ML.NET features column, or "feature 0", "feature 1", …).</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    private LeastSquares(double intercept, double[] coefficients, IReadOnlyList<string> names) =>
        (Intercept, Coefficients, FeatureNames) = (intercept, coefficients, names);

    /// <summary>Fits the least-squares plane through rows of features and their labels.</summary>
    /// <exception cref="ArgumentException">
    /// No rows, fewer rows than coefficients, rows of different widths, a missing (NaN) feature or label, a constant
    /// feature, or a feature that is a linear combination of others (collinear): each says what to do.
    /// </exception>
    public static LeastSquares Fit(IReadOnlyList<float[]> features, IReadOnlyList<float> labels, IReadOnlyList<string>? featureNames = null)
    {
        FeatureRows.CheckAll(features, "Least squares", nameof(features));
        FeatureRows.CheckLabels(labels, features.Count, float.IsNaN, nameof(labels));
        var (n, p) = (features.Count, features[0].Length);
        var names = FeatureRows.Checked(featureNames, p, nameof(featureNames));
        Require.That(n >= p + 1, nameof(features), $"at least {p + 1} rows for least squares with {p} features (one per coefficient, plus the intercept)",
            $"{n}", "Use fewer features or more rows.");
        for (var j = 0; j < p; j++)
            Require.That(features.Any(row => row[j] != features[0][j]), nameof(features), $"feature '{names[j]}' to vary",
                $"{features[0][j]} in every row", "Next to the intercept a constant feature has no coefficient of its own: drop it.");

        // (1) Centre the features and the label; the label rides along as column p, so every reflection reaches it too.
        var means = Enumerable.Range(0, p).Select(j => features.Average(row => (double)row[j])).ToArray();
        var labelMean = labels.Average(v => (double)v);
        var a = new double[n, p + 1];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < p; j++) a[i, j] = features[i][j] - means[j];
            a[i, p] = labels[i] - labelMean;
        }
        var sizes = Enumerable.Range(0, p).Select(j => Math.Sqrt(Enumerable.Range(0, n).Sum(i => a[i, j] * a[i, j]))).ToArray();

        // (2) Householder QR: step k reflects rows k.. so that column k is zero below row k; a[k, k] becomes R's diagonal.
        for (var k = 0; k < p; k++)
        {
            var rest = Math.Sqrt(Enumerable.Range(k, n - k).Sum(i => a[i, k] * a[i, k]));
            Require.That(rest > CollinearTolerance * sizes[k], nameof(features), $"feature '{names[k]}' to add something the features before it do not",
                $"a linear combination of {Partners(a, k, names)} and the intercept (collinear)",
                "Its coefficient has no unique value. Drop one of these features; with one-hot columns next to an intercept, leave one category out.");
            var v = Enumerable.Range(k, n - k).Select(i => a[i, k]).ToArray();
            v[0] += a[k, k] > 0 ? rest : -rest;                  // reflect onto −sign(a[k,k])·rest, which avoids cancellation
            var vv = v.Sum(x => x * x);
            for (var j = k; j <= p; j++)                          // H = I − 2·v·vᵀ / (vᵀv), applied to each remaining column
            {
                var factor = 2 * Enumerable.Range(k, n - k).Sum(i => v[i - k] * a[i, j]) / vv;
                for (var i = k; i < n; i++) a[i, j] -= factor * v[i - k];
            }
        }

        // R·b = Qᵀy (now in column p), from the last coefficient up.
        var b = new double[p];
        for (var k = p - 1; k >= 0; k--)
        {
            var sum = a[k, p];
            for (var j = k + 1; j < p; j++) sum -= a[k, j] * b[j];
            b[k] = sum / a[k, k];
        }

        // (3) The intercept puts the plane through the means.
        return new LeastSquares(labelMean - means.Zip(b, (m, c) => m * c).Sum(), b, names);
    }

    /// <summary>
    /// Fits on an ML.NET data view: a vector column of features (e.g. the output of <c>Concatenate</c>) and a number
    /// column of labels. The features' names come from the column's slot names.
    /// </summary>
    /// <exception cref="ArgumentException">A missing column or one of the wrong type, or any of the other overload's mistakes.</exception>
    public static LeastSquares Fit(IDataView data, string featuresColumn = "Features", string labelColumn = "Label")
    {
        var rows = FeatureRows.Read(data, featuresColumn);
        var label = data.Schema.GetColumnOrNull(labelColumn);
        Require.That(label is not null, nameof(labelColumn), $"a label column named '{labelColumn}'", "none",
            $"The data's columns are: {string.Join(", ", data.Schema.Select(c => c.Name))}.");
        Require.That(label!.Value.Type == NumberDataViewType.Single, nameof(labelColumn), $"label column '{labelColumn}' to hold numbers (Single)",
            $"{label.Value.Type}", "Least squares predicts a number: convert the label with ml.Transforms.Conversion.ConvertType first.");
        return Fit(rows, data.GetColumn<float>(labelColumn).ToList(), rows.Count == 0 ? null : FeatureRows.Names(data, featuresColumn, rows[0].Length));
    }

    /// <summary>The prediction for one row: intercept + Σ coefficient × feature.</summary>
    /// <exception cref="ArgumentException">A different number of features than in training, or a missing (NaN) value.</exception>
    public double Predict(float[] features)
    {
        FeatureRows.Check(features, Coefficients.Count, "the row to predict", "Least squares");
        var sum = Intercept;
        for (var j = 0; j < features.Length; j++) sum += Coefficients[j] * features[j];
        return sum;
    }

    /// <summary>The prediction for every row of <paramref name="data"/>, in order.</summary>
    public IReadOnlyList<double> Predict(IDataView data, string featuresColumn = "Features") =>
        FeatureRows.Read(data, featuresColumn).Select(Predict).ToList();

    /// <summary>The fit as a table: the intercept, then one row per feature with its coefficient.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("term", FeatureNames.Prepend("(intercept)")),
        new DoubleDataFrameColumn("coefficient", Coefficients.Prepend(Intercept)));

    /// <summary>The features that column k is a combination of, for the message: solves R[..k, ..k]·c = R[..k, k].</summary>
    private static string Partners(double[,] r, int k, IReadOnlyList<string> names)
    {
        var c = new double[k];
        for (var i = k - 1; i >= 0; i--)
        {
            var sum = r[i, k];
            for (var j = i + 1; j < k; j++) sum -= r[i, j] * c[j];
            c[i] = sum / r[i, i];
        }
        var largest = c.Length == 0 ? 0 : c.Max(Math.Abs);
        return string.Join(", ", Enumerable.Range(0, k).Where(i => Math.Abs(c[i]) > 1e-6 * largest).Select(i => $"'{names[i]}'"));
    }
}
