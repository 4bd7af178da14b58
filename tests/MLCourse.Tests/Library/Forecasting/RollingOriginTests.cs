using MLCourse.Forecasting;

namespace MLCourse.Tests.Library.Forecasting;

public sealed class RollingOriginTests
{
    private static readonly DailySeries Series = new(new DateTime(1980, 1, 1), [.. Enumerable.Range(0, 8 * 366).Select(t => 1000.0 + t % 7)]);

    [Fact]
    public void Folds_follow_each_other_and_each_trains_only_on_the_days_before_it()
    {
        var folds = RollingOrigin.Folds(Series, new DateTime(1986, 1, 1), months: 6, count: 3);

        Assert.Equal([1, 2, 3], folds.Select(f => f.Number));
        Assert.Equal(Series.IndexOf(new DateTime(1986, 1, 1)), folds[0].Start);
        Assert.Equal(Series.IndexOf(new DateTime(1986, 7, 1)), folds[0].End);
        Assert.Equal(folds[0].End, folds[1].Start);
        Assert.Equal(Series.IndexOf(new DateTime(1987, 7, 1)), folds[2].End);
        Assert.Equal(181, folds[0].Targets.Count);

        var seen = new List<(int Fold, int LastTrainingDay, int FirstTarget)>();
        var points = RollingOrigin.Run(Series, folds, [1, 7], "m", (fold, horizon, targets) =>
        {
            seen.Add((fold.Number, fold.Start - 1, targets.Min()));
            return [.. targets.Select(_ => 1000.0)];
        });
        Assert.All(seen, s => Assert.True(s.LastTrainingDay < s.FirstTarget));
        Assert.Equal(folds.Sum(f => f.Targets.Count) + folds.Sum(f => f.Targets.Count - 6), points.Count);
        // at horizon h a fold scores from its origin + h − 1: every forecast is made on or after the origin
        Assert.All(points, p => Assert.True(p.Target - p.Horizon + 1 >= folds[p.Fold - 1].Start));
        Assert.Equal(folds[0].Start + 6, points.Where(p => p.Horizon == 7).Min(p => p.Target));
        Assert.Equal(Series.Values[folds[0].Start] - 1000, points[0].Error);
    }

    [Fact]
    public void Folds_past_the_end_an_early_origin_or_a_wrong_number_of_forecasts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RollingOrigin.Folds(Series, new DateTime(1987, 1, 1), months: 12, count: 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => RollingOrigin.Folds(Series, new DateTime(1980, 6, 1), months: 6, count: 1));
        var folds = RollingOrigin.Folds(Series, new DateTime(1986, 1, 1), months: 1, count: 1);
        Assert.Throws<ArgumentException>(() => RollingOrigin.Run(Series, folds, [1], "m", (_, _, _) => [1.0]));
    }
}
