using Microsoft.Data.Analysis;
using Microsoft.ML;
using MLCourse.Charts;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MLCourse.Evaluation;

/// <summary>
/// What an <see cref="AutoSearch"/> tried and found. <see cref="BudgetRanOut"/> says that the time budget, not the trial
/// limit or early stopping, ended the search: then how many trials ran depends on the machine's speed, and the result
/// may differ from run to run.
/// </summary>
public sealed record AutoSearchResult(IReadOnlyList<AutoTrial> Trials, AutoTrial Best, string StoppedBecause, double Seconds, bool HigherIsBetter, bool BudgetRanOut)
{
    /// <summary>The trials ranked best first: rank, trial number, family, settings, score mean and spread, seconds.</summary>
    public DataFrame ToLeaderboard(string metric)
    {
        var ranked = (HigherIsBetter ? Trials.OrderByDescending(t => t.Score.Mean) : Trials.OrderBy(t => t.Score.Mean)).ThenBy(t => t.Number).ToList();
        return new DataFrame(
            new Int32DataFrameColumn("rank", Enumerable.Range(1, ranked.Count)),
            new Int32DataFrameColumn("trial", ranked.Select(t => t.Number)),
            new StringDataFrameColumn("trainer", ranked.Select(t => t.Candidate)),
            new StringDataFrameColumn("settings", ranked.Select(t => t.Settings.ToString())),
            new DoubleDataFrameColumn($"{metric} (mean)", ranked.Select(t => Math.Round(t.Score.Mean, 4))),
            new DoubleDataFrameColumn($"{metric} (std)", ranked.Select(t => Math.Round(t.Score.StandardDeviation, 4))),
            new DoubleDataFrameColumn("seconds", ranked.Select(t => Math.Round(t.Seconds, 1))));
    }

    /// <summary>Each trial's score (one colour per family) and the best score so far, trial by trial.</summary>
    public GenericChart PlotProgress(string title, string metric)
    {
        var families = Trials.Select(t => t.Candidate).Distinct().ToList();
        var points = families.Select((family, i) =>
        {
            var mine = Trials.Where(t => t.Candidate == family).ToList();
            return Chart.Point<int, double, string>(x: mine.Select(t => t.Number), y: mine.Select(t => t.Score.Mean), Name: family,
                MarkerColor: Color.fromString(Plots.Palette[i % Plots.Palette.Count]));
        });
        var bestSoFar = new List<double>();
        foreach (var trial in Trials)
            bestSoFar.Add(trial.Improved ? trial.Score.Mean : bestSoFar[^1]);
        var line = Chart.Line<int, double, string>(x: Trials.Select(t => t.Number), y: bestSoFar, Name: "best so far",
            LineColor: Color.fromString("#000000"));
        return Plots.Finish(Chart.Combine(points.Append(line)), title, "trial", metric);
    }
}
