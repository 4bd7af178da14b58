// 13 · Forecasting a time series honestly
// Lesson 13 of Machine Learning with C# as a .NET 10 file-based app: the notebook's code, run as one program.
//
// Run it from the course folder (or from anywhere, with the path to this file: it finds the data itself); the
// .NET 10 SDK is all it needs:
//     dotnet run --file notebooks/13-forecasting.cs
// It prints what the notebook shows under a cell: values and tables as text, each chart as an HTML file (it
// prints the file's path: open it in a browser). To do an exercise, replace the null in its answer cell and
// run it again; or, quicker, do the exercises in notebooks/13-forecasting.exercises.cs: the same exercises
// and checks without the rest of the lesson, so each try takes seconds.
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

// The notebook kernel runs in the notebooks folder; so does this program, wherever it is started from, so
// that relative paths mean the same.
if (AppContext.GetData("EntryPointFileDirectoryPath") is string appFolder)
    Environment.CurrentDirectory = appFolder;
// The notebook kernel knows every code-page character set (windows-1252, ISO-2022-JP, …: its C# compiler
// registers them); so does this program, so that e-mail and other text decode the same.
System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

// # 13 · Forecasting a time series honestly
//
// A forecast says what a number will be on a day that has not happened yet: tomorrow's sales, next week's
// electricity demand, next month's hospital admissions. It looks like regression with a date column, and that
// is exactly where beginners fool themselves. A random train/test split lets the model peek at the future; a
// model that cannot beat "same day last week" looks good when nobody asks; and an uncertainty band that
// nobody checked is decoration. This lesson forecasts US births per day, 1969 to 1987, and measures every
// claim the way a forecast will be used: from the past only.
//
// **You will learn to**
//
// - look at a series before modelling it: its trend, its weekly and yearly profiles, its autocorrelation, and
//   the holidays in it;
// - build the baselines every forecast must beat (naive, seasonal naive, a moving average) and keep them in
//   every comparison;
// - forecast with least squares on calendar terms (weekday dummies, Fourier terms for the year) and with
//   gradient-boosted trees on lags, rolling means, the calendar and holidays computed by rule;
// - score forecasts with a rolling-origin backtest at horizons of 1, 7 and 28 days, with MAE, MAPE and MASE,
//   and see in numbers how much a random K-fold flatters the same model;
// - read what a model leaves in its errors, with their autocorrelation;
// - forecast several days ahead directly and recursively, and compare the two;
// - make prediction intervals from past errors and check that they cover what they promise.
MLCourse.ConsoleDisplay.Heading(1, "13 · Forecasting a time series honestly");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// The gradient-boosted trees live in ML.NET's FastTree package:

// ── cell 4 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).

// ## 1. Look before modelling
//
// The data are the births registered in the United States on each day from 1969 to 1988, from the National
// Center for Health Statistics (`data/README.md` says where the file comes from). The lesson loads 1969 to
// 1987. **1988 is kept back**: the exercises score your forecasts on it, so nothing in the lesson can have
// been tuned to it. A `DailySeries` holds one number per day without gaps, so "the value 7 days before day
// *t*" is simply `Values[t - 7]`.
MLCourse.ConsoleDisplay.Heading(2, "1. Look before modelling");

// ── cell 6 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var lessonClock = Stopwatch.StartNew();   // times the lesson's own computing; section 7 publishes it
var births = CourseData.LoadUsBirths();
var series = DailySeries.From(births, "date", "births");
Console.WriteLine($"{series.Count:N0} days from {series.Start:yyyy-MM-dd} to {series.End:yyyy-MM-dd}: {series.Values.Average():N0} births a day on average, from {series.Values.Min():N0} to {series.Values.Max():N0}.");
display(births.Head(3));

// ── cell 7 ─────────────────────────────────────────────────────────────────────────────────────────────────
display(births.PlotLine("date", "births", title: "US births per day, 1969–1987", yTitle: "births"));

// **What to notice.** Three things at once. A **trend**: births fell in the early 1970s and climbed again in
// the 1980s. A thick band: every week the count swings between two levels, so the line fills a ribbon about
// 2,000 births wide. And a **yearly** wave, with sharp drops below the ribbon now and then. Averages separate
// the three.
MLCourse.ConsoleDisplay.Notice("Three things at once. A trend: births fell in the early 1970s and climbed again in the 1980s. A thick band: every week the count swings between two levels, so the line fills a ribbon about 2,000 births wide. And a yearly wave, with sharp drops below the ribbon now and then. Averages separate the three.");

// ── cell 9 ─────────────────────────────────────────────────────────────────────────────────────────────────
string[] weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
int WeekdayOf(DateTime date) => ((int)date.DayOfWeek + 6) % 7;   // Monday 0 … Sunday 6
var allDays = Enumerable.Range(0, series.Count).ToList();
var overallMean = series.Values.Average();
var weekdayMeans = Enumerable.Range(0, 7).Select(w => allDays.Where(t => WeekdayOf(series.DateAt(t)) == w).Average(t => series.Values[t])).ToArray();
var weekdayTable = weekdays.Select((name, w) => new { weekday = name, mean_births = Math.Round(weekdayMeans[w]), against_the_average = $"{weekdayMeans[w] / overallMean - 1:+0.0%;-0.0%}" }).ToDataFrame();
display(weekdayTable);
display(weekdayTable.PlotBar("weekday", "mean_births", title: "The weekly profile: mean births by weekday, 1969–1987", yTitle: "mean births per day"));

// **What to notice.** Births are not spread evenly over the week: weekends have far fewer than weekdays, and
// Sunday the fewest. Nature does not know what day it is; hospitals do. Induced labours and planned
// caesareans are scheduled on working days. Any forecast that ignores the weekday is off by hundreds of
// births on most days.
//
// The yearly profile: the mean of each calendar date over the 19 years (dates numbered as in a leap year, so
// that March 1 is always day 61):
MLCourse.ConsoleDisplay.Notice("Births are not spread evenly over the week: weekends have far fewer than weekdays, and Sunday the fewest. Nature does not know what day it is; hospitals do. Induced labours and planned caesareans are scheduled on working days. Any forecast that ignores the weekday is off by hundreds of births on most days.");

// ── cell 11 ────────────────────────────────────────────────────────────────────────────────────────────────
int CalendarDay(DateTime date) => new DateTime(2000, date.Month, date.Day).DayOfYear;   // 1 … 366, the same for a date in every year
var yearlyProfile = allDays.GroupBy(t => CalendarDay(series.DateAt(t)))
    .Select(g => new { day_of_year = g.Key, date = new DateTime(2000, 1, 1).AddDays(g.Key - 1).ToString("MMM d"), mean_births = g.Average(t => series.Values[t]) })
    .OrderBy(d => d.day_of_year).ToList();
var monthMeans = Enumerable.Range(1, 12).Select(m => (month: new DateTime(2000, m, 1).ToString("MMMM"), mean: allDays.Where(t => series.DateAt(t).Month == m).Average(t => series.Values[t]))).ToList();
Console.WriteLine($"By month: lowest {monthMeans.MinBy(m => m.mean).month} ({monthMeans.Min(m => m.mean):N0}), then {monthMeans.OrderBy(m => m.mean).ElementAt(1).month} ({monthMeans.OrderBy(m => m.mean).ElementAt(1).mean:N0}); highest {monthMeans.MaxBy(m => m.mean).month} ({monthMeans.Max(m => m.mean):N0}).");
Console.WriteLine("The five lowest dates of the year: " + string.Join(", ", yearlyProfile.OrderBy(d => d.mean_births).Take(5).Select(d => $"{d.date} ({d.mean_births:N0})")) + $"; the year's mean date: {yearlyProfile.Average(d => d.mean_births):N0}.");
display(yearlyProfile.ToDataFrame().PlotLine("day_of_year", "mean_births", title: "The yearly profile: mean births on each date, 1969–1987", xTitle: "day of the year (leap-year numbering)", yTitle: "mean births per day"));

// **What to notice.** A smooth wave: fewest births in April and January, most in late summer, with September
// the highest month (about nine months after the winter holidays). On top of it, single dates fall far below
// their neighbours: the fixed-date holidays (New Year, July 4, Christmas and the days around it). Holidays
// that move (Thanksgiving, Labor Day) are smeared over several dates here, because they fall on a different
// date each year.
//
// ### Autocorrelation
//
// How much does a day resemble the day *k* days before it? The **autocorrelation** at lag *k* is the
// correlation of the series with itself shifted by *k*: Σ (*y*ₜ − ȳ)(*y*ₜ₊ₖ − ȳ) / Σ (*y*ₜ − ȳ)², computed by
// hand in `Autocorrelation.Of` (a dozen lines) for every lag from 0 to 400:
MLCourse.ConsoleDisplay.Notice("A smooth wave: fewest births in April and January, most in late summer, with September the highest month (about nine months after the winter holidays). On top of it, single dates fall far below their neighbours: the fixed-date holidays (New Year, July 4, Christmas and the days around it). Holidays that move (Thanksgiving, Labor Day) are smeared over several dates here, because they fall on a different date each year.");
MLCourse.ConsoleDisplay.Heading(3, "Autocorrelation");

// ── cell 13 ────────────────────────────────────────────────────────────────────────────────────────────────
var acf = Autocorrelation.Of(series.Values, maxLag: 400);
Console.WriteLine($"Autocorrelation at lag 1: {acf[1]:0.000}, lag 6: {acf[6]:0.000}, lag 7: {acf[7]:0.000}, lag 14: {acf[14]:0.000}, lag 182: {acf[182]:0.000}, lag 364: {acf[364]:0.000}, lag 365: {acf[365]:0.000}.");
display(new DataFrame(new Int32DataFrameColumn("lag", Enumerable.Range(0, acf.Length)), new DoubleDataFrameColumn("autocorrelation", acf))
    .PlotLine("lag", "autocorrelation", title: "Autocorrelation of births per day, lags 0 to 400", xTitle: "lag (days)"));

// **What to notice.** Spikes every 7 days: a day is most like the same weekday a week, two weeks, three weeks
// before, and much less like yesterday. The spikes fade slowly, because the trend and the season change
// slowly, and they come back up near lag 364 (52 weeks: the same weekday a year before), higher than at 365
// (the same date, another weekday). Those lags are the candidates for features.
//
// The formula divides by the whole series' variance and uses the whole series' mean (the usual estimate,
// statsmodels' `acf`). A second way to the same idea: the plain Pearson correlation of the pairs (*y*ₜ,
// *y*ₜ₊₇), each side with its own mean:
MLCourse.ConsoleDisplay.Notice("Spikes every 7 days: a day is most like the same weekday a week, two weeks, three weeks before, and much less like yesterday. The spikes fade slowly, because the trend and the season change slowly, and they come back up near lag 364 (52 weeks: the same weekday a year before), higher than at 365 (the same date, another weekday). Those lags are the candidates for features.");

// ── cell 15 ────────────────────────────────────────────────────────────────────────────────────────────────
double Pearson(IReadOnlyList<double> a, IReadOnlyList<double> b)
{
    var (ma, mb) = (a.Average(), b.Average());
    return a.Zip(b, (x, y) => (x - ma) * (y - mb)).Sum() / Math.Sqrt(a.Sum(x => (x - ma) * (x - ma)) * b.Sum(y => (y - mb) * (y - mb)));
}
var pearson7 = Pearson(series.Values.Skip(7).ToList(), series.Values.Take(series.Count - 7).ToList());
display($"Lag 7: autocorrelation {acf[7]:0.0000}, Pearson correlation of the pairs {pearson7:0.0000}.");

// **What to notice.** Nearly the same: the autocorrelation's numerator has 7 terms fewer than its
// denominator, so it is a shade smaller, a difference that grows with the lag. For lags that are small next
// to the length of the series, both say the same.
//
// ### Holidays, by rule
//
// The sharp drops are holidays. No holiday table is downloaded: `UsHolidays.In(year)` computes the US federal
// holidays of a year from their rules, and the rules changed inside the data. From 1971 the Uniform Monday
// Holiday Act moved Washington's Birthday, Memorial Day and Veterans Day to Mondays and moved Columbus Day, a
// federal holiday on October 12 since 1937, to the second Monday of October (`UsHolidays` lists it from 1971
// only, so October 12 of 1969 and 1970 are ordinary days here: two days in 19 years); Veterans Day went back
// to November 11 from 1978; Martin Luther King Jr. Day was first observed in 1986. A holiday that falls on a
// weekend is also observed on the Friday before or the Monday after.
MLCourse.ConsoleDisplay.Notice("Nearly the same: the autocorrelation's numerator has 7 terms fewer than its denominator, so it is a shade smaller, a difference that grows with the lag. For lags that are small next to the length of the series, both say the same.");
MLCourse.ConsoleDisplay.Heading(3, "Holidays, by rule");

// ── cell 17 ────────────────────────────────────────────────────────────────────────────────────────────────
foreach (var year in new[] { 1970, 1971, 1977, 1978, 1986 })
    Console.WriteLine($"{year}: " + string.Join("; ", UsHolidays.In(year)
        .Where(h => h.Name is "Washington's Birthday" or "Memorial Day" or "Veterans Day" or "Martin Luther King Jr. Day")
        .Select(h => $"{h.Name} {h.Date:MMM d (ddd)}")));
display(UsHolidays.In(1987).Select(h => new { date = h.Date.ToString("yyyy-MM-dd ddd"), holiday = h.Name }).ToDataFrame());

// Do the holidays explain the drops? Compare each day with its typical level, the mean of the same weekday in
// the three weeks before and the three weeks after, and list the days that fall furthest below it (for
// looking only: a forecast could not use the weeks after):

// ── cell 19 ────────────────────────────────────────────────────────────────────────────────────────────────
double Typical(int t) => new[] { -21, -14, -7, 7, 14, 21 }.Average(k => series.Values[t + k]);
string HolidayNear(DateTime date)
{
    var near = UsHolidays.In(date.Year - 1).Concat(UsHolidays.In(date.Year)).Concat(UsHolidays.In(date.Year + 1)).ToList();
    var on = near.FirstOrDefault(h => h.Date == date);
    var dayBefore = near.FirstOrDefault(h => h.Date == date.AddDays(1));
    var dayAfter = near.FirstOrDefault(h => h.Date == date.AddDays(-1));
    return on is not null ? on.Name : dayBefore is not null ? "the day before " + dayBefore.Name : dayAfter is not null ? "the day after " + dayAfter.Name : "";
}
var unusualDays = Enumerable.Range(21, series.Count - 42).Select(t => (date: series.DateAt(t), belowTypical: series.Values[t] / Typical(t) - 1))
    .OrderBy(d => d.belowTypical).Take(50).ToList();
var unusualOnHolidays = unusualDays.Count(d => HolidayNear(d.date) != "");
var holidayShare = allDays.Count(t => HolidayNear(series.DateAt(t)) != "") / (double)series.Count;
Console.WriteLine($"Of the 50 days furthest below their typical level, {unusualOnHolidays} are a holiday or the day before or after one; such days are {holidayShare:0.0%} of all days.");
display(unusualDays.Take(10).Select(d => new { date = d.date.ToString("yyyy-MM-dd ddd"), against_typical = $"{d.belowTypical:+0%;-0%}", holiday = HolidayNear(d.date) }).ToDataFrame());

// **What to notice.** The deepest drops are holidays or their neighbours, every one of the 50 (Christmas Eve
// counts as the day before Christmas), though such days are fewer than one in ten. A model that knows the
// calendar's holidays can forecast them; one that only repeats last week cannot, and pays twice: once on the
// holiday, and again a week later, when it repeats the holiday's low count on an ordinary day.
//
// ## 2. Baselines, and an honest test
//
// Before any model, the forecasts that need no model. Each forecasts day *t* at a **horizon** *h*: made on
// the morning of day *t* − *h* + 1, knowing the days up to *t* − *h*. Horizon 1 is tomorrow, 7 a week ahead,
// 28 four weeks ahead.
//
// - **naive**: the last known day.
// - **seasonal naive (week)**: the same weekday in the last week known (for *h* ≤ 7, 7 days before the
//   target; for *h* = 28, 28 days before).
// - **seasonal naive (52 weeks)**: the same weekday 364 days before: last year's day, aligned on the weekday.
// - **moving average (7 days)**: the mean of the last 7 known days.
//
// They are scored by a **rolling-origin backtest**: pick an origin, train on every day before it (an
// expanding window), forecast the six months after it at every horizon, then move the origin six months on
// and do it again. At horizon *h* a fold scores the days from origin + *h* − 1 on: the forecast of an earlier
// day would be made before the origin, by a model that had already seen days after that morning. So every
// forecast is made on or after its origin, from a model that knows nothing later than the morning it is made,
// which is the way the forecast will be used; the price is that a fold scores 6 days fewer at a week ahead
// than a day ahead, and 27 fewer four weeks ahead. Four origins, 1986 to mid-1987:
MLCourse.ConsoleDisplay.Notice("The deepest drops are holidays or their neighbours, every one of the 50 (Christmas Eve counts as the day before Christmas), though such days are fewer than one in ten. A model that knows the calendar's holidays can forecast them; one that only repeats last week cannot, and pays twice: once on the holiday, and again a week later, when it repeats the holiday's low count on an ordinary day.");
MLCourse.ConsoleDisplay.Heading(2, "2. Baselines, and an honest test");

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

// How to read the table, one row per forecast and horizon, over the days the line above counts (all 730 of
// the four folds a day ahead, fewer further ahead):
//
// - **mae**: mean absolute error, in births per day. **fold_spread**: the standard deviation of the four
//   folds' MAEs, how much the score moves from one half-year to the next.
// - **mape_percent**: the mean absolute percentage error, the mean over the days of |error| / actual, times
//   100.
// - **mase** (Hyndman and Koehler's mean absolute scaled error): each fold's MAE divided by the MAE that
//   seasonal naive (week) achieved *in sample*, on that fold's training days, averaged over the folds. Below
//   1 means better than repeating last week did in the past. It has no units, so it compares across series.
// - **mae_vs_seasonal_naive**: the MAE divided by seasonal naive (week)'s MAE on exactly the same days and
//   horizon.
//
// **What to notice.** Ignoring the week is ruinous: the naive forecast at horizon 1 (yesterday, often another
// kind of day) and the moving average are off by about 900 to 1,000 births a day, three times seasonal naive.
// At horizons 1 and 7 the weekly seasonal naive is the same forecast (the day 7 before the target; its two
// scores differ only because horizon 7 leaves out each fold's first 6 days), and at 7 the naive forecast is
// too; at 28 it reaches back four weeks and gets worse. The 52-week seasonal naive does not care about the
// horizon (it always looks 364 days back) and is the best baseline at every horizon: it knows last year's
// Monday holidays and Thanksgiving, which fall on the same weekday 52 weeks later, though not the fixed-date
// ones (New Year, July 4, Veterans Day from 1978, Christmas), which are 365 or 366 days back and land one or
// two weekdays later, nor the trend. Its MASE is below 1: the yardstick in MASE is weekly seasonal naive, in
// sample. **Every model below is judged against the best of these baselines.**
//
// ## 3. Models
//
// ### Least squares on calendar terms
//
// The first model knows only the calendar: six weekday dummies (how much Tuesday, …, Sunday differ from
// Monday), ten pairs of Fourier terms sin(2π*k*·*d*/365.25), cos(2π*k*·*d*/365.25) for the day of the year
// *d* (a smooth yearly shape), a holiday flag and a linear trend. It is fitted with the course's
// `LeastSquares` (closed form, lesson 04) on the two years before each origin; two years, not nineteen,
// because the level drifts and a straight trend through 1969–1985 would miss it. Fitted before the first
// origin:
MLCourse.ConsoleDisplay.Notice("Ignoring the week is ruinous: the naive forecast at horizon 1 (yesterday, often another kind of day) and the moving average are off by about 900 to 1,000 births a day, three times seasonal naive. At horizons 1 and 7 the weekly seasonal naive is the same forecast (the day 7 before the target; its two scores differ only because horizon 7 leaves out each fold's first 6 days), and at 7 the naive forecast is too; at 28 it reaches back four weeks and gets worse. (More in the lesson's text.)");
MLCourse.ConsoleDisplay.Heading(2, "3. Models");
MLCourse.ConsoleDisplay.Heading(3, "Least squares on calendar terms");

// ── cell 24 ────────────────────────────────────────────────────────────────────────────────────────────────
var calendar = new CalendarTerms(fourierPairs: 10);
LeastSquares FitCalendar(int origin)
{
    var days = Enumerable.Range(origin - 730, 730).ToList();
    return LeastSquares.Fit(days.Select(t => calendar.Row(series.DateAt(t), series.Start)).ToList(), days.Select(t => (float)series.Values[t]).ToList(), calendar.Names);
}
var calendarFit = FitCalendar(folds[0].Start);
var calendarCoefficients = calendarFit.ToDataFrame();
display(calendarCoefficients.Filter(new BooleanDataFrameColumn("keep", calendarCoefficients["term"].Cast<string>().Select(n => !n.StartsWith("sin") && !n.StartsWith("cos")))));

// **What to notice.** The weekday coefficients say what the weekly profile said, now for 1984–1985 and
// holding the season and trend fixed: Tuesday a few hundred births above Monday, Saturday and Sunday about
// 2,000 below. A holiday costs about 1,500 births. The Fourier coefficients (not shown) draw the yearly wave.
//
// A check by a second route: with the weekday dummies alone, the least-squares coefficients have a closed
// form, each weekday's mean minus Monday's (and the intercept is Monday's mean):
MLCourse.ConsoleDisplay.Notice("The weekday coefficients say what the weekly profile said, now for 1984–1985 and holding the season and trend fixed: Tuesday a few hundred births above Monday, Saturday and Sunday about 2,000 below. A holiday costs about 1,500 births. The Fourier coefficients (not shown) draw the yearly wave.");

// ── cell 26 ────────────────────────────────────────────────────────────────────────────────────────────────
var fitDays = Enumerable.Range(folds[0].Start - 730, 730).ToList();
var dummiesOnly = LeastSquares.Fit(fitDays.Select(t => calendar.Row(series.DateAt(t), series.Start)[..6]).ToList(), fitDays.Select(t => (float)series.Values[t]).ToList());
double MeanOnWeekday(int w) => fitDays.Where(t => WeekdayOf(series.DateAt(t)) == w).Average(t => series.Values[t]);
var closedFormGap = Enumerable.Range(1, 6).Max(w => Math.Abs(dummiesOnly.Coefficients[w - 1] - (MeanOnWeekday(w) - MeanOnWeekday(0))));
display($"Sunday: least squares {dummiesOnly.Coefficients[5]:0.000}, Sunday's mean minus Monday's {MeanOnWeekday(6) - MeanOnWeekday(0):0.000}; intercept {dummiesOnly.Intercept:0.000}, Monday's mean {MeanOnWeekday(0):0.000}. Largest difference over the six weekdays: {closedFormGap:0.0e0} births.");

// **What to notice.** The two routes agree: the largest difference, 6.5e-12 births, is rounding error,
// because with weekday dummies alone least squares can do nothing but fit each weekday's mean. Sunday's
// coefficient here (about −1,936) differs from the full model's above (about −2,080) because that one also
// holds the season, the holidays and the trend fixed.
//
// The calendar model in the backtest, refitted at every origin. It uses no recent value at all, so its
// forecast of a day is the same at every horizon:
MLCourse.ConsoleDisplay.Notice("The two routes agree: the largest difference, 6.5e-12 births, is rounding error, because with weekday dummies alone least squares can do nothing but fit each weekday's mean. Sunday's coefficient here (about −1,936) differs from the full model's above (about −2,080) because that one also holds the season, the holidays and the trend fixed.");

// ── cell 28 ────────────────────────────────────────────────────────────────────────────────────────────────
backtest.AddRange(RollingOrigin.Run(series, folds, horizons, "least squares (calendar)", (fold, horizon, targets) =>
{
    var fit = FitCalendar(fold.Start);
    return targets.Select(t => fit.Predict(calendar.Row(series.DateAt(t), series.Start))).ToList();
}));
display(ScoreTable("seasonal naive (week)", "seasonal naive (52 weeks)", "least squares (calendar)"));

// **What to notice.** The calendar alone beats weekly seasonal naive at every horizon, and at 28 days
// clearly, because it never looks at recent days it cannot go stale. It only draws level with the best
// baseline (52 weeks): a straight trend and a smooth year miss what last year's same day knows, such as the
// Christmas week's exact shape.
//
// ### Gradient-boosted trees on lags, rolling means and the calendar
//
// Trees can combine what both kinds of baseline know. `LagFeatures` describes day *t*, forecast *h* days
// ahead, by what is known on day *t* − *h*: chosen **lags** (the value *k* days before *t*, for *k* ≥ *h*),
// the **rolling means** of the last 7 and 28 known days, the mean of the last four known same weekdays, and
// the **calendar** of day *t*, which is known in advance: weekday, day of year, years since 1969, and whether
// it is a holiday or the day before or after one (by rule, as above). A **direct** model is trained for each
// horizon, with lags that exist at that horizon. What the horizon-7 model sees for Thanksgiving 1987:
MLCourse.ConsoleDisplay.Notice("The calendar alone beats weekly seasonal naive at every horizon, and at 28 days clearly, because it never looks at recent days it cannot go stale. It only draws level with the best baseline (52 weeks): a straight trend and a smooth year miss what last year's same day knows, such as the Christmas week's exact shape.");
MLCourse.ConsoleDisplay.Heading(3, "Gradient-boosted trees on lags, rolling means and the calendar");

// ── cell 30 ────────────────────────────────────────────────────────────────────────────────────────────────
var treeLags = new Dictionary<int, int[]> { [1] = [1, 2, 3, 7, 14, 364], [7] = [7, 14, 21, 28, 364], [28] = [28, 35, 364] };
var weekAheadFeatures = new LagFeatures(treeLags[7]);
var thanksgiving = series.IndexOf(new DateTime(1987, 11, 26));
var thanksgivingRow = weekAheadFeatures.Row(series.Values, series.Start, thanksgiving, horizon: 7);
Console.WriteLine($"Thanksgiving 1987 had {series.Values[thanksgiving]:N0} births; the same Thursday a week before, {series.Values[thanksgiving - 7]:N0}.");
display(weekAheadFeatures.Names.Select((name, j) => new { feature = name, value = Math.Round(thanksgivingRow[j], 1) }).ToDataFrame());

// **What to notice.** Every lag of the last four weeks says "an ordinary Thursday" (10,828 to 11,100 births),
// and so do the rolling means. Two features know better: `holiday` is 1, and `lag_364`, 8,015, is
// Thanksgiving 1986, 364 days before and on the same weekday. Thanksgiving 1987 had 8,318 births.
//
// Each fold trains one FastTree model per horizon on every day before the origin (100 trees of up to 31
// leaves, one thread and a fixed seed, so the numbers repeat; `TreeForecaster` in `src/MLCourse/Forecasting/`
// is the ML.NET pipeline, a `Concatenate` and a `FastTree`). One twist: the trees learn each day as a **ratio
// to its level**, the mean of the last 28 known days, and the forecast is that ratio times the level
// (`relative: true`). A Saturday's dip or a holiday's drop is about the same share of the level whether
// births are high or low that year, so ratios pool those effects across years with different levels, where
// counts must learn them anew at each level. And a tree's forecast is an average of training days, so on
// counts it can never forecast more births than the highest day it was trained on: in a year that sets new
// highs, counts leave the range the trees know, while ratios stay in it. Twelve models:
MLCourse.ConsoleDisplay.Notice("Every lag of the last four weeks says \"an ordinary Thursday\" (10,828 to 11,100 births), and so do the rolling means. Two features know better: holiday is 1, and lag_364, 8,015, is Thanksgiving 1986, 364 days before and on the same weekday. Thanksgiving 1987 had 8,318 births.");

// ── cell 32 ────────────────────────────────────────────────────────────────────────────────────────────────
var treeModels = new Dictionary<(int Fold, int Horizon), TreeForecaster>();
backtest.AddRange(RollingOrigin.Run(series, folds, horizons, "trees", (fold, horizon, targets) =>
{
    var features = new LagFeatures(treeLags[horizon]);
    var first = features.FirstTarget(horizon);
    var model = TreeForecaster.Fit(series, Enumerable.Range(first, fold.Start - first), horizon, features, relative: true);
    treeModels[(fold.Number, horizon)] = model;
    return model.Predict(series.Values, targets);
}));
display(ScoreTable("seasonal naive (week)", "seasonal naive (52 weeks)", "least squares (calendar)", "trees"));

// **What to notice.** The trees beat every baseline at every horizon: a week ahead their MAE is about 40%
// below weekly seasonal naive's on the same days (`mae_vs_seasonal_naive` 0.595) and about a third below the
// best baseline's (174.3 against 254.1), with a MASE well below 1. Their error grows with the horizon, but
// slowly (156.6, 174.3, 183.1): most of what they know (the weekday, the season, the holidays) does not go
// stale. Their fold spread grows with the horizon too, but stays far smaller than their lead over the
// baselines, so the gain is not one lucky half-year.
//
// The same trees learning counts instead of ratios, a week ahead (four more models):
MLCourse.ConsoleDisplay.Notice("The trees beat every baseline at every horizon: a week ahead their MAE is about 40% below weekly seasonal naive's on the same days (mae_vs_seasonal_naive 0.595) and about a third below the best baseline's (174.3 against 254.1), with a MASE well below 1. Their error grows with the horizon, but slowly (156.6, 174.3, 183.1): most of what they know (the weekday, the season, the holidays) does not go stale. (More in the lesson's text.)");

// ── cell 34 ────────────────────────────────────────────────────────────────────────────────────────────────
backtest.AddRange(RollingOrigin.Run(series, folds, [7], "trees (counts)", (fold, horizon, targets) =>
{
    var first = weekAheadFeatures.FirstTarget(7);
    return TreeForecaster.Fit(series, Enumerable.Range(first, fold.Start - first), 7, weekAheadFeatures).Predict(series.Values, targets);
}));
var countTrees = backtest.Where(p => p.Model == "trees (counts)").ToList();
var daysAboveTrainingMax = folds.Sum(f => f.TargetsAt(7).Count(t => series.Values[t] > series.Values.Take(f.Start).Max()));
var highestBefore = Enumerable.Range(0, folds[0].Start).MaxBy(t => series.Values[t]);
Console.WriteLine($"Days of the backtest (a week ahead) with more births than any day their trees trained on: {daysAboveTrainingMax} of {folds.Sum(f => f.TargetsAt(7).Count)}; the highest day before the first origin: {series.Values[highestBefore]:N0}, on {series.DateAt(highestBefore):yyyy-MM-dd}.");
Console.WriteLine($"Mean error (actual − forecast) a week ahead: ratios {backtest.Where(p => p.Model == "trees" && p.Horizon == 7).Average(p => p.Error):+0.0;-0.0}, counts {countTrees.Average(p => p.Error):+0.0;-0.0} births a day.");
display(ScoreTable("trees", "trees (counts)"));

// **What to notice.** Learning ratios gives a slightly smaller error than learning counts a week ahead (174.3
// against 178.0, one seed each: a small gain here, not a law), and the counts' fold spread is the smaller
// one. The range argument does not bite in this backtest: no day of it had more births than every day its
// trees were trained on (0, the first line above), because the highest day before 1986 was in 1970. What the
// ratios did here is pool the weekday and holiday effects across years with different levels. The two also
// err in opposite directions on average (the mean errors above). On a series that climbs to new highs, ratios
// matter more.
//
// All the scores by horizon, in one picture:
MLCourse.ConsoleDisplay.Notice("Learning ratios gives a slightly smaller error than learning counts a week ahead (174.3 against 178.0, one seed each: a small gain here, not a law), and the counts' fold spread is the smaller one. The range argument does not bite in this backtest: no day of it had more births than every day its trees were trained on (0, the first line above), because the highest day before 1986 was in 1970. What the ratios did here is pool the weekday and holiday effects across years with different levels. (More in the lesson's text.)");

// ── cell 36 ────────────────────────────────────────────────────────────────────────────────────────────────
var scores = ForecastScores.Of(backtest, series, folds, reference);
display(scores.Select(s => new { model = s.Model, horizon = s.Horizon, mae = s.Mae }).ToDataFrame()
    .PlotLine("horizon", "mae", by: "model", title: "Backtest MAE by horizon (4 origins, 1986–1987)", xTitle: "horizon (days ahead)", yTitle: "MAE (births per day)"));

// **What to notice.** Naive and the moving average sit far above the rest and set the chart's scale. Below
// them, the trees are the lowest line at every horizon and rise gently; weekly seasonal naive jumps at 28
// days, when its "last week known" is four weeks old, while the 52-week seasonal naive and least squares,
// which never look at the last weeks, stay level.
//
// MASE by hand, for the trees at a week ahead: each fold's MAE, and its scale, the in-sample MAE of weekly
// seasonal naive on the fold's training days, |*y*ₜ − *y*ₜ₋₇| averaged, computed here with `Zip` rather than
// the library's loop:
MLCourse.ConsoleDisplay.Notice("Naive and the moving average sit far above the rest and set the chart's scale. Below them, the trees are the lowest line at every horizon and rise gently; weekly seasonal naive jumps at 28 days, when its \"last week known\" is four weeks old, while the 52-week seasonal naive and least squares, which never look at the last weeks, stay level.");

// ── cell 38 ────────────────────────────────────────────────────────────────────────────────────────────────
var maseByHand = folds.Select(f =>
{
    var training = series.Values.Take(f.Start).ToList();
    var scale = training.Skip(7).Zip(training, (later, weekBefore) => Math.Abs(later - weekBefore)).Average();
    var foldMae = backtest.Where(p => p.Model == "trees" && p.Horizon == 7 && p.Fold == f.Number).Average(p => Math.Abs(p.Error));
    return new { fold = f.Number, mae = Math.Round(foldMae, 1), in_sample_seasonal_naive_mae = Math.Round(scale, 1), mase = foldMae / scale };
}).ToList();
var treesWeekAhead = scores.Single(s => s.Model == "trees" && s.Horizon == 7);
Console.WriteLine($"Mean of the four folds' MASE, by hand: {maseByHand.Average(f => f.mase):0.0000}; the table's: {treesWeekAhead.Mase:0.0000}.");
display(maseByHand.ToDataFrame());

// **What to notice.** The scale barely moves from fold to fold (the training window grows by six months each
// time, on top of 17 years), so MASE is each fold's MAE over about 270. The two computations agree.
//
// ### What the trees leave in their errors
//
// A model has used what it can when its errors look like noise: nothing left that a feature could catch. The
// check is the autocorrelation of the errors, with section 1's `Autocorrelation.Of`. A day ahead, the four
// folds' errors form one series of 730 consecutive days (further ahead each fold skips its first days, and
// forecasts made from nearly the same mornings share their mistakes). If the errors were independent, about
// 95% of their autocorrelations would fall within ± 1.96/√n of 0:
MLCourse.ConsoleDisplay.Notice("The scale barely moves from fold to fold (the training window grows by six months each time, on top of 17 years), so MASE is each fold's MAE over about 270. The two computations agree.");
MLCourse.ConsoleDisplay.Heading(3, "What the trees leave in their errors");

// ── cell 40 ────────────────────────────────────────────────────────────────────────────────────────────────
var residuals = backtest.Where(p => p.Model == "trees" && p.Horizon == 1).OrderBy(p => p.Target).ToList();
var residualAcf = Autocorrelation.Of(residuals.Select(p => p.Error).ToList(), maxLag: 28);
var noiseBand = 1.96 / Math.Sqrt(residuals.Count);   // where 95% of independent errors' autocorrelations would fall
Console.WriteLine($"{residuals.Count} days, {series.DateAt(residuals[0].Target):yyyy-MM-dd} to {series.DateAt(residuals[^1].Target):yyyy-MM-dd}. Autocorrelation of the errors at lag 1: {residualAcf[1]:0.00}, at lag 7: {residualAcf[7]:0.00}; the band: ± {noiseBand:0.000}. Lags from 1 to 28 outside it: {string.Join(", ", Enumerable.Range(1, 28).Where(k => Math.Abs(residualAcf[k]) > noiseBand))}.");
Console.WriteLine("Mean error (actual − forecast) by weekday: " + string.Join(", ", weekdays.Select((name, w) => $"{name} {residuals.Where(p => WeekdayOf(series.DateAt(p.Target)) == w).Average(p => p.Error):+0;-0}")) + ".");
double SundayOverWeekdays(int year)
{
    var days = allDays.Where(t => series.DateAt(t).Year == year).ToList();
    return days.Where(t => WeekdayOf(series.DateAt(t)) == 6).Average(t => series.Values[t]) / days.Where(t => WeekdayOf(series.DateAt(t)) < 5).Average(t => series.Values[t]);
}
Console.WriteLine("Sunday's mean births over Monday-to-Friday's: " + string.Join(", ", new[] { 1969, 1977, 1985, 1986, 1987 }.Select(y => $"{y} {SundayOverWeekdays(y):0.000}")) + ".");
display(Enumerable.Range(1, 28).SelectMany(k => new[]
{
    new { lag = k, line = "autocorrelation of the errors", value = residualAcf[k] },
    new { lag = k, line = "+1.96/√n", value = noiseBand },
    new { lag = k, line = "−1.96/√n", value = -noiseBand },
}).ToDataFrame().PlotLine("lag", "value", by: "line", title: "The trees' errors a day ahead, 1986–1987: autocorrelation at lags 1 to 28", xTitle: "lag (days)"));

// **What to notice.** The errors are not noise. At lag 1 (0.17) and lag 7 (0.15) they stand well outside the
// band (± 0.073): a day the trees miss tends to be followed by a miss the same way, and so does the same
// weekday a week later. (Lags 16 and 25 lie just outside it too, as by chance alone about one lag in twenty
// does.) The mean error by weekday says what lag 7 holds: the trees forecast every weekday too low (+23 to
// +69 births) and both weekend days too high (−69 and −84). The weekend dip deepened year after year: a
// Sunday had 0.851 of a weekday's births in 1969, 0.796 in 1985, 0.770 in 1987. A tree's forecast is an
// average of training days, so it cannot extend a trend: the trees forecast a dip like those of the years
// they learned from, shallower than 1986–1987's. Lag 1 says the rest: the level moves in runs of days, which
// the 28-day mean behind the ratios follows late. Both point at the next features to try, such as this year's
// own weekly profile (the last weeks' weekend over their weekdays), and the same backtest would judge them.
//
// ## 4. Honest evaluation
//
// ### The same model under a random K-fold
//
// Now the mistake this lesson is about. Take the same horizon-7 trees with the same features, and score them
// by a random 5-fold cross-validation over every day of 1969–1987, as lesson 05 did for tables: each fold is
// a random fifth of the days, trained on the other four fifths. Every feature is still a proper lag; nothing
// is computed from the target day. Five more models:
MLCourse.ConsoleDisplay.Notice("The errors are not noise. At lag 1 (0.17) and lag 7 (0.15) they stand well outside the band (± 0.073): a day the trees miss tends to be followed by a miss the same way, and so does the same weekday a week later. (Lags 16 and 25 lie just outside it too, as by chance alone about one lag in twenty does.) The mean error by weekday says what lag 7 holds: the trees forecast every weekday too low (+23 to +69 births) and both weekend days too high (−69 and −84). (More in the lesson's text.)");
MLCourse.ConsoleDisplay.Heading(2, "4. Honest evaluation");
MLCourse.ConsoleDisplay.Heading(3, "The same model under a random K-fold");

// ── cell 42 ────────────────────────────────────────────────────────────────────────────────────────────────
var kFoldFirst = weekAheadFeatures.FirstTarget(7);
var shuffler = new Random(1);
var shuffledDays = Enumerable.Range(kFoldFirst, series.Count - kFoldFirst).OrderBy(_ => shuffler.Next()).ToList();
var kFoldPoints = new List<ForecastPoint>();
for (var k = 0; k < 5; k++)
{
    var part = k;
    var testDays = shuffledDays.Where((_, i) => i % 5 == part).ToList();
    var kFoldModel = TreeForecaster.Fit(series, shuffledDays.Where((_, i) => i % 5 != part), 7, weekAheadFeatures, relative: true);
    var kFoldForecasts = kFoldModel.Predict(series.Values, testDays);
    kFoldPoints.AddRange(testDays.Select((t, i) => new ForecastPoint("trees, random 5-fold", part + 1, 7, t, series.Values[t], kFoldForecasts[i])));
}
var kFoldMaes = kFoldPoints.GroupBy(p => p.Fold).Select(g => g.Average(p => Math.Abs(p.Error))).ToList();
var kFoldMae = kFoldPoints.Average(p => Math.Abs(p.Error));
var kFoldSpread = Math.Sqrt(kFoldMaes.Sum(m => (m - kFoldMaes.Average()) * (m - kFoldMaes.Average())) / (kFoldMaes.Count - 1));
var backtestDays = new HashSet<int>(folds.SelectMany(f => f.TargetsAt(7)));
var kFoldMaeOnBacktestDays = kFoldPoints.Where(p => backtestDays.Contains(p.Target)).Average(p => Math.Abs(p.Error));
var easierDaysShare = (kFoldMaeOnBacktestDays - kFoldMae) / (treesWeekAhead.Mae - kFoldMae);
Console.WriteLine($"The K-fold reports {1 - kFoldMae / treesWeekAhead.Mae:0%} less than the backtest. Mean births a day: on all days {kFoldPoints.Average(p => p.Actual):N0}, on the backtest's days {kFoldPoints.Where(p => backtestDays.Contains(p.Target)).Average(p => p.Actual):N0}. Of the gap between the backtest and the K-fold ({treesWeekAhead.Mae - kFoldMae:0.0}), {easierDaysShare:0%} is the easier days; on the same days the K-fold still reports {1 - kFoldMaeOnBacktestDays / treesWeekAhead.Mae:0%} less than the backtest.");
Console.WriteLine($"Days in a K-fold fold: about {kFoldPoints.Count / 5:N0}; in a backtest fold: about {backtest.Count(p => p.Model == "trees" && p.Horizon == 7) / folds.Count:N0}.");
display(new[]
{
    new { evaluation = "rolling origin, 4 origins, past only", days_scored = backtest.Count(p => p.Model == "trees" && p.Horizon == 7), mae = Math.Round(treesWeekAhead.Mae, 1), fold_spread = $"{treesWeekAhead.MaeSpread:0.0}" },
    new { evaluation = "random 5-fold, every day of 1969–1987", days_scored = kFoldPoints.Count, mae = Math.Round(kFoldMae, 1), fold_spread = $"{kFoldSpread:0.0}" },
    new { evaluation = "random 5-fold, the backtest's days", days_scored = kFoldPoints.Count(p => backtestDays.Contains(p.Target)), mae = Math.Round(kFoldMaeOnBacktestDays, 1), fold_spread = "n/a" },   // those days are spread over all five folds: no fold of their own
}.ToDataFrame());

// **What to notice.** Same model, same features, same horizon: the random K-fold reports an error 18% smaller
// than the backtest's (143.1 against 174.3). Part of that gap is easier days: the K-fold scores all of
// 1969–1987, and the 1970s had fewer births (9,579 a day on average, against 10,395 on the backtest's days),
// so smaller errors. That part is about a third of the gap (31%, the line above). On the backtest's own days
// the K-fold still reports 12% less (152.6 against 174.3), and that is the leak. Nothing was computed from
// the target day, yet each test day sits between training days, so the model was trained on the days just
// after it. It learned that year's level and that year's holidays from their neighbours, which a real
// forecast never has. (The K-fold's folds also vary less, 4.4 against 14.6, but each holds about 1,315 random
// days against about 176 consecutive ones, and bigger folds always vary less: those spreads do not compare.
// The third row has none, `n/a`: its days are spread over all five K-fold folds.) The backtest's number is
// the one to expect in use; the K-fold's is what you would promise and fail to deliver. (Exercise 13.4 asks
// you to put this in your own words.)
//
// ## 5. Recursive or direct?
//
// There are two ways to forecast four weeks ahead. **Direct**: train a model for that horizon, as above (its
// lags are at least 28 days old). **Recursive**: use the horizon-1 model 28 times, writing each forecast into
// the series as if it had been observed and reading it back as the next day's lag. The recursive model uses
// the freshest data, but from the second step on it reads its own forecasts, and their errors feed into the
// next ones. From every origin in the folds, 28 steps:
MLCourse.ConsoleDisplay.Notice("Same model, same features, same horizon: the random K-fold reports an error 18% smaller than the backtest's (143.1 against 174.3). Part of that gap is easier days: the K-fold scores all of 1969–1987, and the 1970s had fewer births (9,579 a day on average, against 10,395 on the backtest's days), so smaller errors. That part is about a third of the gap (31%, the line above). On the backtest's own days the K-fold still reports 12% less (152.6 against 174.3), and that is the leak. (More in the lesson's text.)");
MLCourse.ConsoleDisplay.Heading(2, "5. Recursive or direct?");

// ── cell 44 ────────────────────────────────────────────────────────────────────────────────────────────────
var recursivePoints = new List<ForecastPoint>();
foreach (var fold in folds)
{
    var origins = Enumerable.Range(fold.Start, fold.End - fold.Start).ToList();   // a path from every morning of the fold, none before it
    var paths = treeModels[(fold.Number, 1)].PredictRecursive(series.Values, origins, steps: 28);
    for (var h = 1; h <= 28; h++)
    {
        var ahead = h;
        recursivePoints.AddRange(fold.TargetsAt(ahead).Select(t => new ForecastPoint("trees, recursive", fold.Number, ahead, t, series.Values[t], paths[t - ahead + 1 - origins[0]][ahead - 1])));
    }
}
backtest.AddRange(recursivePoints.Where(p => horizons.Contains(p.Horizon)));
scores = ForecastScores.Of(backtest, series, folds, reference);
display(ScoreTable("trees", "trees, recursive"));

// ── cell 45 ────────────────────────────────────────────────────────────────────────────────────────────────
var seasonalNaiveWeek = Baselines.SeasonalNaive(series, period: 7);
var stepTable = Enumerable.Range(1, 28).SelectMany(h => new[]
{
    new { horizon = h, forecast = "trees, recursive", mae = recursivePoints.Where(p => p.Horizon == h).Average(p => Math.Abs(p.Error)) },
    new { horizon = h, forecast = "seasonal naive (week)", mae = folds.SelectMany(f => f.TargetsAt(h)).Average(t => Math.Abs(series.Values[t] - seasonalNaiveWeek(t, h))) },
}).Concat(horizons.Select(h => new { horizon = h, forecast = "trees, direct", mae = scores.Single(s => s.Model == "trees" && s.Horizon == h).Mae })).ToDataFrame();
var recursiveBias28 = recursivePoints.Where(p => p.Horizon == 28).Average(p => p.Error);
var directBias28 = backtest.Where(p => p.Model == "trees" && p.Horizon == 28).Average(p => p.Error);
double RecursiveMae(int h) => recursivePoints.Where(p => p.Horizon == h).Average(p => Math.Abs(p.Error));
Console.WriteLine($"Recursive MAE at 1, 2, 4, 7, 14, 21 and 28 days: {string.Join(", ", new[] { 1, 2, 4, 7, 14, 21, 28 }.Select(h => RecursiveMae(h).ToString("0")))}. Mean error (actual − forecast) at 28 days: recursive {recursiveBias28:+0;-0}, direct {directBias28:+0;-0} births a day.");
display(stepTable.PlotLine("horizon", "mae", by: "forecast", title: "MAE by horizon: recursive trees, direct trees, seasonal naive", xTitle: "horizon (days ahead)", yTitle: "MAE (births per day)"));

// **What to notice.** Here neither wins everywhere: the recursive forecast is *better* than the direct one a
// week ahead (167.2 against 174.3) and level with it four weeks ahead (184.4 against 183.1). Its error does
// accumulate: it climbs from 157 a day ahead to 184 four weeks ahead as the path's own forecasts replace real
// lags. But it climbs slowly, because most of what these trees know is the calendar, which no earlier
// forecast can spoil, and the horizon-1 model starts from the freshest data, yesterday included, while the
// direct model for 28 days never sees anything younger than four weeks; four weeks ahead, the two advantages
// cancel. At 28 days the recursive forecast is biased low (a mean error of +28), the direct one hardly at all
// (−6). None of this is a law: a model that leaned on its lags alone would drift further with every step, and
// on another series direct wins clearly. Direct needs a model per horizon (here 3 instead of 1); recursive
// needs one model and gives every horizon, but it can only use features it can itself update, and an early
// error rides through the rest of the path. Backtest both. Seasonal naive, for comparison, steps up every 7
// days as its "last week known" moves a week further back.
//
// ## 6. Prediction intervals that hold
//
// A forecast is more useful with a range: "between this many and that many births, 8 times in 10". The
// simplest honest way needs no assumption about the errors' shape: take the errors (actual − forecast) the
// model made in the backtest, on days it had not seen, and use their quantiles. The 10% and 90% quantiles
// give an 80% interval; 2.5% and 97.5% a 95% interval. (This is split-conformal prediction's idea: calibrate
// on errors from data the model did not train on.)
//
// An interval is a claim, so it is checked: made from the errors of the first two folds (1986) and measured
// on the last two (1987), days it knew nothing about. Next to it, the textbook interval that assumes normal
// errors centred on 0, forecast ± 1.28 or 1.96 times the root mean square of the same errors (their standard
// deviation around 0). The table shows each interval's width:
MLCourse.ConsoleDisplay.Notice("Here neither wins everywhere: the recursive forecast is better than the direct one a week ahead (167.2 against 174.3) and level with it four weeks ahead (184.4 against 183.1). Its error does accumulate: it climbs from 157 a day ahead to 184 four weeks ahead as the path's own forecasts replace real lags. (More in the lesson's text.)");
MLCourse.ConsoleDisplay.Heading(2, "6. Prediction intervals that hold");

// ── cell 47 ────────────────────────────────────────────────────────────────────────────────────────────────
var normalQuantile = new Dictionary<double, double> { [0.8] = 1.2816, [0.95] = 1.9600 };
var intervalChecks = (from h in horizons
                      from nominal in new[] { 0.8, 0.95 }
                      let calibration = backtest.Where(p => p.Model == "trees" && p.Horizon == h && p.Fold <= 2).Select(p => p.Error).ToList()
                      let later = backtest.Where(p => p.Model == "trees" && p.Horizon == h && p.Fold > 2).ToList()
                      let interval = EmpiricalIntervals.Fit(calibration, nominal)
                      let rms = Math.Sqrt(calibration.Sum(e => e * e) / calibration.Count)   // root mean square error, the "standard deviation" of errors around 0
                      let normal = new ForecastInterval(nominal, -normalQuantile[nominal] * rms, normalQuantile[nominal] * rms)
                      select new { horizon = h, nominal, lower = Math.Round(interval.Lower), upper = Math.Round(interval.Upper), width = Math.Round(interval.Upper - interval.Lower), coverage_later = EmpiricalIntervals.Coverage(later, interval),
                                   normal_width = Math.Round(normal.Upper - normal.Lower), normal_coverage_later = EmpiricalIntervals.Coverage(later, normal) }).ToList();
display(intervalChecks.ToDataFrame());

// **What to notice.** The empirical intervals hold: measured on a year they had not seen, they cover within
// about a point of the 80% and 95% they promise, at every horizon. The normal interval does nearly as well
// here, and its misses go both ways. At 80% it is wider than the empirical one at every horizon (the `width`
// columns: 540 against 493 a day ahead) and, a day and a week ahead, covers two to three points more than
// promised (0.825 and 0.830): the holidays the model gets wrong by a thousand or more inflate the root mean
// square, so ± 1.28 of it is wider than the range that holds 80% of the errors. At 95% four weeks ahead it is
// the narrower one (913 against 984) and covers 93.2% where the empirical one covers 95.2%. The differences
// are small on these data; the normal shape is an assumption, and the quantiles need none. Either way, an
// interval is only as good as the assumption that the future's errors are like the past's, which is why its
// coverage is measured on later data, not assumed, and why intervals are recalibrated as new errors come in.
// Exercise 13.3 shows what happens when the past errors come from the wrong past.
//
// The last fold, a week ahead, with the 80% interval made from the first two folds; the chart shows its final
// ten weeks, from October 19 to December 31, 1987:
MLCourse.ConsoleDisplay.Notice("The empirical intervals hold: measured on a year they had not seen, they cover within about a point of the 80% and 95% they promise, at every horizon. The normal interval does nearly as well here, and its misses go both ways. (More in the lesson's text.)");

// ── cell 49 ────────────────────────────────────────────────────────────────────────────────────────────────
var weekInterval80 = EmpiricalIntervals.Fit(backtest.Where(p => p.Model == "trees" && p.Horizon == 7 && p.Fold <= 2).Select(p => p.Error), 0.8);
var lastFold = backtest.Where(p => p.Model == "trees" && p.Horizon == 7 && p.Fold == folds.Count).OrderBy(p => p.Target).ToList();
var bandTable = lastFold.Where(p => series.DateAt(p.Target) >= new DateTime(1987, 10, 19)).SelectMany(p => new[]
{
    new { date = series.DateAt(p.Target), line = "actual", births = p.Actual },
    new { date = series.DateAt(p.Target), line = "forecast a week ahead", births = p.Forecast },
    new { date = series.DateAt(p.Target), line = "80% interval, low", births = p.Forecast + weekInterval80.Lower },
    new { date = series.DateAt(p.Target), line = "80% interval, high", births = p.Forecast + weekInterval80.Upper },
}).ToDataFrame();
var outsideBand = lastFold.Where(p => !weekInterval80.Covers(p.Actual, p.Forecast)).ToList();
var outsideOnHolidays = outsideBand.Count(p => HolidayNear(series.DateAt(p.Target)) != "");
var foldHolidayShare = lastFold.Count(p => HolidayNear(series.DateAt(p.Target)) != "") / (double)lastFold.Count;
Console.WriteLine($"{outsideBand.Count} of the fold's {lastFold.Count} days fall outside the 80% interval; {outsideOnHolidays} of them ({outsideOnHolidays / (double)outsideBand.Count:0%}) are a holiday or next to one, {outsideBand.Count(p => series.DateAt(p.Target) is { Month: 12, Day: >= 20 })} are in the last 12 days of December. In the fold, such days are {foldHolidayShare:0.0%} of all days: {outsideOnHolidays / (double)outsideBand.Count / foldHolidayShare:0.0} times their share.");
display(bandTable.PlotLine("date", "births", by: "line", title: "October 19 – December 31, 1987: births, the trees' forecast a week ahead and its 80% interval", yTitle: "births"));

// **What to notice.** The forecast follows the weekly ribbon and the holidays (Thanksgiving, Christmas) a
// week in advance; the interval is a band of constant width around it. About a quarter of the days outside it
// (24%) are holidays or next to one, 2.6 times their share of the fold's days (the line above counts them):
// an interval of the same width every day is honest on average, not on every day. A band that widens on
// holidays would need errors calibrated per kind of day.
//
// ## 7. The bars
//
// The lesson checks its own claims. On the rolling-origin backtest the trees at a week ahead have a MASE
// below 1, and an MAE below weekly seasonal naive's on the same days and below the best baseline's; the
// random 5-fold on the same model reports a lower error than the backtest (the leak); the empirical 80% and
// 95% intervals at a week ahead cover, on the later origins, within 5 points of what they promise; least
// squares with weekday dummies matches its closed form; the MASE by hand matches the library's; the
// autocorrelation peaks at lag 7; the trees' errors a day ahead still correlate at lag 7; most of the deepest
// drops are holidays. The cell also publishes how long the lesson has taken since section 1 began (a
// wall-clock time, so when you run the notebook by hand it includes your reading); the course's runner
// reports whether the whole lesson ran within its 60 s target.
MLCourse.ConsoleDisplay.Notice("The forecast follows the weekly ribbon and the holidays (Thanksgiving, Christmas) a week in advance; the interval is a band of constant width around it. About a quarter of the days outside it (24%) are holidays or next to one, 2.6 times their share of the fold's days (the line above counts them): an interval of the same width every day is honest on average, not on every day. A band that widens on holidays would need errors calibrated per kind of day.");
MLCourse.ConsoleDisplay.Heading(2, "7. The bars");

// ── cell 51 ────────────────────────────────────────────────────────────────────────────────────────────────
var seasonalWeekAhead = scores.Single(s => s.Model == reference && s.Horizon == 7);
var bestBaselineWeekAhead = scores.Where(s => s.Model is "naive" or "seasonal naive (week)" or "seasonal naive (52 weeks)" or "moving average (7 days)" && s.Horizon == 7).MinBy(s => s.Mae)!;
var calendarWeekAhead = scores.Single(s => s.Model == "least squares (calendar)" && s.Horizon == 7);
var recursive28 = scores.Single(s => s.Model == "trees, recursive" && s.Horizon == 28);
var direct28 = scores.Single(s => s.Model == "trees" && s.Horizon == 28);
var coverage80 = intervalChecks.Single(c => c.horizon == 7 && c.nominal == 0.8).coverage_later;
var coverage95 = intervalChecks.Single(c => c.horizon == 7 && c.nominal == 0.95).coverage_later;

var failures = new List<string>();
if (treesWeekAhead.Mase >= 1) failures.Add($"the trees' MASE at horizon 7 should be below 1, not {treesWeekAhead.Mase:0.000}");
if (treesWeekAhead.RelativeMae >= 1) failures.Add($"the trees' MAE at horizon 7 should be below seasonal naive's on the same days (ratio {treesWeekAhead.RelativeMae:0.000})");
if (treesWeekAhead.Mae >= bestBaselineWeekAhead.Mae) failures.Add($"the trees should beat the best baseline at horizon 7, {bestBaselineWeekAhead.Model} ({treesWeekAhead.Mae:0.0} against {bestBaselineWeekAhead.Mae:0.0})");
if (kFoldMae >= treesWeekAhead.Mae) failures.Add($"the random 5-fold should report a lower error than the backtest ({kFoldMae:0.0} against {treesWeekAhead.Mae:0.0})");
if (Math.Abs(coverage80 - 0.8) > 0.05) failures.Add($"the 80% interval at horizon 7 should cover 75% to 85% of the later origins' days, not {coverage80:0.0%}");
if (Math.Abs(coverage95 - 0.95) > 0.05) failures.Add($"the 95% interval at horizon 7 should cover 90% to 100% of the later origins' days, not {coverage95:0.0%}");
if (closedFormGap > 1e-6) failures.Add($"least squares on weekday dummies should give the weekday means' differences, not differ by {closedFormGap}");
if (Math.Abs(maseByHand.Average(f => f.mase) - treesWeekAhead.Mase) > 1e-9) failures.Add("the MASE by hand should equal the library's");
if (acf[7] <= acf[1] || acf[7] <= acf[6]) failures.Add($"the autocorrelation should peak at lag 7 ({acf[7]:0.000}), above lags 1 ({acf[1]:0.000}) and 6 ({acf[6]:0.000})");
if (residualAcf[7] <= noiseBand) failures.Add($"the trees' errors a day ahead should still correlate at lag 7, above the band {noiseBand:0.000}, not {residualAcf[7]:0.000}");
if (unusualOnHolidays < 40) failures.Add($"at least 40 of the 50 deepest drops should be holidays or next to one, not {unusualOnHolidays}");
if (failures.Count > 0)
    throw new InvalidOperationException("Expected: " + string.Join("; ", failures) + ".");
Course.Publish("acf_lag_7", acf[7]);
Course.Publish("acf_lag_364", acf[364]);
Course.Publish("drops_on_holidays", unusualOnHolidays);
Course.Publish("seasonal_naive_mae_h7", seasonalWeekAhead.Mae);
Course.Publish("seasonal_naive_52_weeks_mae_h7", scores.Single(s => s.Model == "seasonal naive (52 weeks)" && s.Horizon == 7).Mae);
Course.Publish("least_squares_mae_h7", calendarWeekAhead.Mae);
Course.Publish("trees_mae_h1", scores.Single(s => s.Model == "trees" && s.Horizon == 1).Mae);
Course.Publish("trees_mae_h7", treesWeekAhead.Mae);
Course.Publish("trees_mase_h7", treesWeekAhead.Mase);
Course.Publish("trees_relative_mae_h7", treesWeekAhead.RelativeMae);
Course.Publish("trees_mae_h28", direct28.Mae);
Course.Publish("recursive_mae_h28", recursive28.Mae);
Course.Publish("residual_acf_lag_1_h1", residualAcf[1]);
Course.Publish("residual_acf_lag_7_h1", residualAcf[7]);
Course.Publish("kfold_mae_h7", kFoldMae);
Course.Publish("coverage_80_h7", coverage80);
Course.Publish("coverage_95_h7", coverage95);
Course.Publish("coverage_80_h28", intervalChecks.Single(c => c.horizon == 28 && c.nominal == 0.8).coverage_later);
Course.PublishTiming("lesson_seconds", lessonClock.Elapsed.TotalSeconds);
Console.WriteLine($"Every claim above held. A week ahead: the trees' MAE {treesWeekAhead.Mae:0.0} (MASE {treesWeekAhead.Mase:0.000}), the best baseline's {bestBaselineWeekAhead.Mae:0.0}, the random 5-fold's {kFoldMae:0.0}; the 80% and 95% intervals covered {coverage80:0.0%} and {coverage95:0.0%} of the later origins' days.");

// ## 8. Coming from Python
//
// | pandas / scikit-learn / statsmodels | this lesson (C#) |
// |---|---|
// | `s = df.set_index("date")["births"].asfreq("D")` | `DailySeries.From(births, "date", "births")`: one value per day, gaps refused |
// | `s.shift(7)` (the value 7 days before) | `series.Values[t - 7]`, or `LagFeatures([7, …])` for a whole table of lags |
// | `s.rolling(7).mean().shift(h)` | `Baselines.MovingAverage(series, 7)`, and `LagFeatures`' `mean_7` (ending on the last known day) |
// | `s.groupby(s.index.dayofweek).mean()` | LINQ: `GroupBy(t => WeekdayOf(series.DateAt(t)))` (section 1) |
// | `statsmodels.tsa.stattools.acf(s, nlags=400)` | `Autocorrelation.Of(series.Values, 400)` (the same estimate) |
// | `plot_acf(residuals, lags=28)`, statsmodels' `acorr_ljungbox` | `Autocorrelation.Of(errors, 28)` against ± 1.96/√n (section 3) |
// | `holidays.US(years=…)`, `USFederalHolidayCalendar` | `UsHolidays.In(year)`: the rules as they were in that year (pandas' calendar puts the Monday holidays on Mondays before 1971 too, and Veterans Day on November 11 in 1971–1977) |
// | `TimeSeriesSplit(n_splits=4, test_size=182, gap=h - 1)` for horizon `h`, or sktime's `ExpandingWindowSplitter` | `RollingOrigin.Folds` and `RollingOrigin.Run`: expanding window, every horizon, each fold scored from origin + *h* − 1 |
// | `KFold(5, shuffle=True)` on a time series | the mistake of section 4 |
// | statsmodels' `DeterministicProcess` with `CalendarFourier` + `OLS` | `CalendarTerms` + `LeastSquares.Fit` |
// | `HistGradientBoostingRegressor` / LightGBM on lag features (skforecast's `ForecasterDirect`, `ForecasterRecursive`) | `TreeForecaster.Fit` (ML.NET FastTree), `Predict` and `PredictRecursive` |
// | sktime's `MeanAbsoluteScaledError(sp=7)` | `ForecastErrors.MaseScale(training, 7)` and `ForecastScores.Of` |
// | `np.quantile(errors, [0.1, 0.9])`, MAPIE's conformal intervals | `EmpiricalIntervals.Fit(errors, 0.8)` and `EmpiricalIntervals.Coverage` |
//
// **Prophet** (Meta's forecasting library) fits what section 3's least squares fits, a trend plus Fourier
// terms for the year plus weekday and holiday effects, with a trend that can bend at changepoints and
// intervals from simulation; run it through the same rolling-origin backtest (its `cross_validation` function
// is one) before believing it. **statsmodels' ETS and SARIMA** model the series' own dynamics; with a weekly
// and a yearly season at once they need the yearly one as regressors (the Fourier terms above). ML.NET had
// its own forecaster, `ForecastBySsa` (singular spectrum analysis) in Microsoft.ML.TimeSeries; that package
// is on nuget.org, but this course's environment does not serve it, and a course that builds its baselines,
// backtests and intervals itself sees what such a package would have to get right.

// ## Exercises
//
// Replace the `null` in each answer cell, run it, then run the check below it. Every check scores your answer
// on **1988**, the year the lesson never loaded: forecasts for each day of 1988, made only from the days
// before it. `Hint()` and `Solution()` help when you need them, for example
// `Lesson13.SeasonalNaiveForecast.Hint()`.
//
// 13.2 is judged against a bar, and a set of lags that misses it is told so with advice drawn from its lags,
// never its score on 1988; 13.3 is judged by how the interval was made, and one that fails is not told its
// coverage of 1988 either: a number you could try again and again would let you fit your answer to 1988, and
// 1988 would stop being a year your answer has never seen. Choose on the lesson's own data instead, and
// submit once.
MLCourse.ConsoleDisplay.Heading(2, "Exercises");

// ── cell 54 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).

// For 13.2, `LagsOnlyBacktest(lags)` scores a set of lags on section 2's backtest: it trains trees whose only
// features are those lags at each of the four origins, as the checker trains them on 1969–1987, and prints
// their MAE a week ahead over weekly seasonal naive's on the same days, overall and fold by fold. The cell
// first prints where 13.2's bar comes from, then tries the last four same weekdays:

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

// ## Summary
//
// - **Look first.** Births per day have a trend, a strong weekly profile (scheduled births avoid weekends), a
//   yearly wave and sharp holiday drops; the autocorrelation peaks every 7 days and again at 364. Holidays
//   come from rules, and the rules changed in 1971, 1978 and 1986.
// - **Baselines first.** Seasonal naive (the same weekday last week, or 52 weeks ago) is hard to beat; naive
//   and a plain moving average, which ignore the week, are far worse. Every model is reported next to the
//   best baseline, on the same days.
// - **Models.** Least squares on calendar terms (weekday dummies, Fourier terms, holidays, a trend) draws
//   level with the best baseline; gradient-boosted trees on lags, rolling means, the calendar and holidays,
//   learning ratios to the recent level, beat it by about a third.
// - **Residuals.** The trees' errors a day ahead are not noise: they still correlate with the day before and
//   the same weekday a week before. The weekend dip deepened every year, and trees cannot extrapolate a
//   trend, so they forecast weekdays too low and weekends too high. What the errors still hold is the next
//   feature to try.
// - **Honest evaluation.** A rolling-origin backtest trains only on the past of each origin; MASE compares
//   with seasonal naive in sample; a random K-fold on the same model reports a smaller error, partly because
//   it scores easier days and mostly because it trains on the future of its test days.
// - **Recursive or direct.** One model fed its own forecasts, or one model per horizon: here recursion's
//   errors accumulate only slowly, because the calendar carries most of the signal, and it wins a week ahead
//   and draws level four weeks ahead; backtest both.
// - **Intervals.** Quantiles of backtest errors give intervals that hold, at the horizons where the future's
//   errors resemble the past's; measure the coverage on later data. The normal interval (± 1.28 or 1.96 times
//   the root mean square error) did nearly as well here, too wide at 80% and a little too narrow at 95% four
//   weeks ahead; the quantiles need no assumption about the errors' shape.
//
// The [README](../README.md) lists every lesson.

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
