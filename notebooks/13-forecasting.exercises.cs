// 13 · Forecasting a time series honestly: the exercises
// The exercises of lesson 13 of Machine Learning with C# as a .NET 10 file-based app: each exercise, its
// answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in
// seconds. The lesson itself, with its text, results and charts, is notebooks/13-forecasting.cs.
//
// Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it
// needs:
//     dotnet run --file notebooks/13-forecasting.exercises.cs
// To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it
// and, if not, what is off; add a line such as display(Lesson13.SeasonalNaiveForecast.Hint()) for a hint
// (Hint(2) for the next, and so on) or .Solution() for a worked answer. Your progress is kept in
// .course/progress.json, shared with the notebook and the lesson's app.
//
// Made from notebooks/13-forecasting.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 13
// and checked by the course's tests to match it. The notebook's text is here as comments, and each notebook
// cell starts at a line like
//     // ── cell 12 ──────

// Build settings: an ordinary program, as the notebook kernel is (ML.NET, the lessons' JSON and the course's
// progress file use reflection, which a file-based app leaves out by default), with the kernel's namespaces
// and nullable rules, where a warning never stops a lesson.
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
#:property ImplicitUsings=disable
#:property Nullable=annotations
#:property TreatWarningsAsErrors=false
// The notebook's packages. Their versions are pinned once, in Directory.Packages.props: Microsoft.ML@6.0.0,
// Microsoft.Data.Analysis@0.24.0, Plotly.NET@6.0.0, Plotly.NET.CSharp@0.14.0, XPlot.Plotly@4.1.0,
// Parquet.Net@6.1.0, Microsoft.ML.FastTree@6.0.0.
// Left out: Plotly.NET.Interactive, which only teaches the notebook kernel to display things.
#:package Microsoft.ML
#:package Microsoft.Data.Analysis
#:package Plotly.NET
#:package Plotly.NET.CSharp
#:package XPlot.Plotly
#:package Parquet.Net
#:package Microsoft.ML.FastTree
#:project ../src/MLCourse/MLCourse.csproj

// The namespaces the notebook kernel imports in every cell, then those the lesson's cells import.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.Diagnostics;
using Microsoft.Data.Analysis;
using MLCourse;
using MLCourse.Charts;
using MLCourse.Data;
using MLCourse.Evaluation;
using MLCourse.Forecasting;
using MLCourse.Exercises;

// A cell kept here for one of its functions may declare others that the exercises do not call: no warning for
// those.
#pragma warning disable CS8321

// The notebook kernel runs in the notebooks folder; so does this program, wherever it is started from, so
// that relative paths mean the same.
if (AppContext.GetData("EntryPointFileDirectoryPath") is string appFolder)
    Environment.CurrentDirectory = appFolder;
// The notebook kernel knows every code-page character set (windows-1252, ISO-2022-JP, …: its C# compiler
// registers them); so does this program, so that e-mail and other text decode the same.
System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

MLCourse.ConsoleDisplay.Heading(1, "13 · Forecasting a time series honestly: the exercises");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// ── cell 4 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).

// ── cell 6 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var lessonClock = Stopwatch.StartNew();   // times the lesson's own computing; section 7 publishes it
var births = CourseData.LoadUsBirths();
var series = DailySeries.From(births, "date", "births");
Console.WriteLine($"{series.Count:N0} days from {series.Start:yyyy-MM-dd} to {series.End:yyyy-MM-dd}: {series.Values.Average():N0} births a day on average, from {series.Values.Min():N0} to {series.Values.Max():N0}.");
display(births.Head(3));

// (Cells 7 to 20 of the lesson are not needed by the exercises: notebooks/13-forecasting.cs has them.)

// ── cell 21 ────────────────────────────────────────────────────────────────────────────────────────────────
var folds = RollingOrigin.Folds(series, firstOrigin: new DateTime(1986, 1, 1), months: 6, count: 4);
int[] horizons = [1, 7, 28];
display(folds.Select(f => new { fold = f.Number, trains_on = $"{series.Start:yyyy-MM-dd} to {series.DateAt(f.Start - 1):yyyy-MM-dd}", forecasts = $"{series.DateAt(f.Start):yyyy-MM-dd} to {series.DateAt(f.End - 1):yyyy-MM-dd}", days = f.End - f.Start }).ToDataFrame());

// ── cell 22 ────────────────────────────────────────────────────────────────────────────────────────────────
var backtest = new List<ForecastPoint>();
backtest.AddRange(RollingOrigin.Run(series, folds, horizons, "naive", Baselines.Naive(series)));
backtest.AddRange(RollingOrigin.Run(series, folds, horizons, "seasonal naive (week)", Baselines.SeasonalNaive(series, period: 7)));
backtest.AddRange(RollingOrigin.Run(series, folds, horizons, "seasonal naive (52 weeks)", Baselines.SeasonalNaive(series, period: 364)));
backtest.AddRange(RollingOrigin.Run(series, folds, horizons, "moving average (7 days)", Baselines.MovingAverage(series, window: 7)));
const string reference = "seasonal naive (week)";
DataFrame ScoreTable(params string[] models) => ForecastScores.Of(backtest, series, folds, reference)
    .Where(s => models.Length == 0 || models.Contains(s.Model)).OrderBy(s => s.Horizon)
    .Select(s => new { model = s.Model, horizon = s.Horizon, mae = Math.Round(s.Mae, 1), fold_spread = Math.Round(s.MaeSpread, 1), mape_percent = Math.Round(s.Mape, 2), mase = Math.Round(s.Mase, 3), mae_vs_seasonal_naive = Math.Round(s.RelativeMae, 3) })
    .ToDataFrame();
Console.WriteLine("Days scored: " + string.Join(", ", horizons.Select(h => $"{folds.Sum(f => f.TargetsAt(h).Count)} at horizon {h}")) + $", of the folds' {folds.Sum(f => f.Targets.Count)} days.");
display(ScoreTable());

// (Cells 23 to 55 of the lesson are not needed by the exercises: notebooks/13-forecasting.cs has them.)

// ── cell 56 ────────────────────────────────────────────────────────────────────────────────────────────────
var weeklyNaiveAtSeven = RollingOrigin.Run(series, folds, [7], "seasonal naive (week)", Baselines.SeasonalNaive(series, period: 7));
double[] RatiosByFold(IReadOnlyList<ForecastPoint> points) =>
    [.. folds.Select(f => points.Where(p => p.Fold == f.Number).Average(p => Math.Abs(p.Error)) / weeklyNaiveAtSeven.Where(p => p.Fold == f.Number).Average(p => Math.Abs(p.Error)))];
string RatioReport(IReadOnlyList<ForecastPoint> points) =>
    $"{points.Average(p => Math.Abs(p.Error)) / weeklyNaiveAtSeven.Average(p => Math.Abs(p.Error)):0.000} (folds: {string.Join(", ", RatiosByFold(points).Select(r => r.ToString("0.000")))})";
string LagsOnlyBacktest(int[] lags)
{
    var features = new LagFeatures(lags, lagsOnly: true);
    var first = features.FirstTarget(7);
    var points = RollingOrigin.Run(series, folds, [7], "lags only", (fold, horizon, targets) =>
        TreeForecaster.Fit(series, Enumerable.Range(first, fold.Start - first), 7, features).Predict(series.Values, targets));
    return $"Lags [{string.Join(", ", lags)}] on the backtest, MAE a week ahead over weekly seasonal naive's: {RatioReport(points)}.";
}
var yearlyNaiveAtSeven = RollingOrigin.Run(series, folds, [7], "seasonal naive (52 weeks)", Baselines.SeasonalNaive(series, period: 364));
Console.WriteLine($"13.2's bar: {Lesson13.LagsBar:0.00}. Seasonal naive (52 weeks), one lag and no model, on the backtest: {RatioReport(yearlyNaiveAtSeven)}.");
display(LagsOnlyBacktest([7, 14, 21, 28]));

// ### Exercise 13.1 · The seasonal naive forecast
//
// Write the weekly seasonal naive forecast as a function. It gets a `ForecastQuestion` `q`: `q.TargetDate`,
// the `q.Horizon` in days, and `q.History`, every day from 1969-01-01 to day `TargetDate − Horizon`
// (`q.History[^1]`), the last day known on the morning the forecast is made, as in section 2. It returns the
// births of the same weekday in the last week known. The checker asks it about every day of 1988 at every
// horizon from 1 to 28 days (not only the lesson's 1, 7 and 28: a function can be right at those and wrong in
// between), and tells you its MAE on 1988 a week ahead: 13.2's bar is a share of it.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 13.1 · The seasonal naive forecast");

// ── cell 58 · your answer to exercise 13.1 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<ForecastQuestion, double>? seasonalNaive = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 59 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson13.SeasonalNaiveForecast.Check(seasonalNaive));

// ### Exercise 13.2 · Lags that beat it
//
// Give the trees nothing but lags, at horizon 7: `new LagFeatures(lags, lagsOnly: true)`, no rolling means,
// no calendar, trained on counts (not `relative: true`, unlike section 3's trees). Which lags make them beat
// weekly seasonal naive by at least 10% on 1988, an MAE at most 0.90 of seasonal naive's? The checker trains
// them on every day of 1969–1987 it can and scores their forecasts of 1988.
//
// Choose the set on the backtest with `LagsOnlyBacktest(lags)`, from the start of the exercises: add a line
// such as `display(LagsOnlyBacktest([7, 364]));` below your answer (in a notebook a new cell works too; in
// the exercises app, add it to the file), run it on a few sets, pick one, and submit that one. The checker
// shows 1988's score only when a set passes; a set that misses is told so, with a hint drawn from its lags.
//
// **What to notice** in that cell's output: the bar is a round 10% because the 52-week seasonal naive, one
// lag looked up with no model at all, beats weekly seasonal naive by about that much on the backtest (0.868),
// but by very different amounts from one half-year to the next (its folds run from 0.678 to 0.992). The last
// four same weekdays, `[7, 14, 21, 28]`, clear the bar on average (0.874) but not in fold 3 (0.938). 1988 is
// one more stretch of days like a fold: submit a set whose every fold is clearly below the bar, not one that
// is only just below it on average.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 13.2 · Lags that beat it");

// ── cell 61 · your answer to exercise 13.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
int[]? lags = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 62 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson13.LagsThatBeatIt.Check(lags));

// ### Exercise 13.3 · An 80% interval that holds
//
// Give an 80% `ForecastInterval` for the seasonal naive forecast a week ahead (13.1's forecast at horizon 7),
// made from errors the lesson can see: seasonal naive's own errors a week ahead in the last two years the
// lesson loads, 1986 and 1987 (the backtest's days, or every day of those years; either year alone is
// accepted too), their 10% and 90% quantiles, as `EmpiricalIntervals.Fit(errors, 0.8)` takes them (rounding
// the bounds to whole births is fine). The checker recomputes that interval from the data before 1988 and
// compares; once yours matches, it puts it around the seasonal naive forecast of every day of 1988 and tells
// you how much of 1988 it covered. Why the recent years: seasonal naive has nothing to fit, so every error it
// made is out of sample, and the question is only which past errors are most like 1988's in size.
//
// Measure it before you submit it, on the lesson's own data, as section 6 did: make it from the errors of
// 1986 (folds 1 and 2) and see how much of 1987 (folds 3 and 4) it covers. Add these lines below your answer
// (in a notebook a new cell works too):
//
// ```csharp
// var weekAheadNaive = backtest.Where(p => p.Model == "seasonal naive (week)" && p.Horizon == 7).ToList();
// var candidate = EmpiricalIntervals.Fit(weekAheadNaive.Where(p => p.Fold <= 2).Select(p => p.Error), 0.8);
// display(EmpiricalIntervals.Coverage(weekAheadNaive.Where(p => p.Fold > 2), candidate));
// ```
//
// Errors of any day come straight from the series: `series.Values[t] - series.Values[t - 7]` is seasonal
// naive's error on day `t` a week ahead. Try every year's errors the same way too (made from 1969–1985, do
// they cover about 80% of 1986–1987?) to see why the checker asks for the recent years. Then make your answer
// from 1986–1987's errors. An interval that fails is told what it looks like instead (another model's errors,
// every year's, a guess, 1988's own), never its coverage of 1988.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 13.3 · An 80% interval that holds");

// ── cell 64 · your answer to exercise 13.3 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
ForecastInterval? interval80 = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 65 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson13.Interval80.Check(interval80));

// ### Exercise 13.4 · Why K-fold lied
//
// In section 4 the random 5-fold reported a lower error for the same trees than the rolling-origin backtest,
// although every feature was a proper lag. Explain in a few sentences why, and which number a team planning
// staff for next month should believe.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 13.4 · Why K-fold lied");

// ── cell 67 · your answer to exercise 13.4 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string? whyKFoldLied = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 68 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson13.WhyKFoldLied.Check(whyKFoldLied));

// Your progress so far:

// ── cell 70 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
