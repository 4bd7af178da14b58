using MLCourse.Forecasting;

namespace MLCourse.Tests.Library.Forecasting;

public sealed class ForecastScoresTests
{
    [Fact]
    public void Mae_spread_mase_and_the_ratio_to_the_reference_by_hand()
    {
        // A series alternating 100, 110; with period 1, every in-sample |y[t] − y[t − 1]| is 10: a scale of 10 for every fold.
        var series = new DailySeries(new DateTime(1980, 1, 1), [.. Enumerable.Range(0, 3 * 366).Select(t => t % 2 == 0 ? 100.0 : 110.0)]);
        var folds = RollingOrigin.Folds(series, new DateTime(1982, 1, 1), months: 1, count: 2);
        var points = new List<ForecastPoint>();
        foreach (var fold in folds)
            foreach (var t in fold.Targets)
            {
                points.Add(new("reference", fold.Number, 1, t, series.Values[t], series.Values[t] + 20));
                points.Add(new("model", fold.Number, 1, t, series.Values[t], series.Values[t] + (fold.Number == 1 ? 4 : 8)));
            }

        var scores = ForecastScores.Of(points, series, folds, "reference", period: 1);
        var model = scores.Single(s => s.Model == "model");

        var n1 = folds[0].Targets.Count;
        var n2 = folds[1].Targets.Count;
        Assert.Equal((4.0 * n1 + 8.0 * n2) / (n1 + n2), model.Mae, 12);
        Assert.Equal(Math.Sqrt(8), model.MaeSpread, 12);             // fold MAEs 4 and 8: standard deviation √((2² + 2²) / 1)
        Assert.Equal((0.4 + 0.8) / 2, model.Mase, 12);               // each fold's MAE over the scale 10
        Assert.Equal(model.Mae / 20, model.RelativeMae, 12);
        Assert.Equal(1, scores.Single(s => s.Model == "reference").RelativeMae, 12);
        Assert.Throws<ArgumentException>(() => ForecastScores.Of(points, series, folds, "no such model", period: 1));
    }
}
