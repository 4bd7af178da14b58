// 09 · Capstone: will it rain tomorrow?
// Lesson 09 of Machine Learning with C# as a .NET 10 file-based app: the notebook's code, run as one program.
//
// Run it from the course folder (or from anywhere, with the path to this file: it finds the data itself); the
// .NET 10 SDK is all it needs:
//     dotnet run --file notebooks/09-capstone.cs
// It prints what the notebook shows under a cell: values and tables as text, each chart as an HTML file (it
// prints the file's path: open it in a browser). To do an exercise, replace the null in its answer cell and
// run it again; or, quicker, do the exercises in notebooks/09-capstone.exercises.cs: the same exercises and
// checks without the rest of the lesson, so each try takes seconds.
//
// Made from notebooks/09-capstone.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 09
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
using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using MLCourse;
using MLCourse.Data;
using MLCourse.Charts;
using MLCourse.Evaluation;
using MLCourse.Exercises;
using System.IO;

// The notebook kernel runs in the notebooks folder; so does this program, wherever it is started from, so
// that relative paths mean the same.
if (AppContext.GetData("EntryPointFileDirectoryPath") is string appFolder)
    Environment.CurrentDirectory = appFolder;
// The notebook kernel knows every code-page character set (windows-1252, ISO-2022-JP, …: its C# compiler
// registers them); so does this program, so that e-mail and other text decode the same.
System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

// # 09 · Capstone: will it rain tomorrow?
//
// This lesson is your project. A city events team plans outdoor events in Seattle and asks one question:
// **will it rain tomorrow?** What they have is what one weather station recorded every day from 2012 to 2015:
// precipitation, the day's highest and lowest temperature, wind, and a one-word label for the day's weather.
//
// You do the work. The notebook sets out the steps and gives you the tools; at each step you write the code,
// and a check cell tells you whether you got it, without giving the answer away. Stuck? `Hint()` gives the
// next hint and `Solution()` a worked answer (`Lesson09.Rule.Hint()`, for example).
//
// Along the way you will use every step of the course:
//
// - load and look at the data, and notice what it cannot tell you (lessons 01 to 03);
// - choose an honest split for data that arrives day by day (lesson 04);
// - beat a baseline, and a one-line rule, before trusting a model (lessons 04 and 05);
// - build a label without leaking the answer into it (lesson 02);
// - train, evaluate and compare a forecast (lessons 04 to 06);
// - ship the model as a file (lesson 07) and find out what it relies on (lesson 08);
// - report the result honestly, in words the team can use.
//
// **How the cells fit together.** Later steps build on your earlier answers. A cell that needs one starts
// with `if (rainTomorrow is null) display(Lesson09.RainTomorrow.Waiting());`: until you have answered, it
// says which exercise it is waiting for, and its `else` part, which does the work, waits too. Answer, run the
// check, then run the cells below again.
MLCourse.ConsoleDisplay.Heading(1, "09 · Capstone: will it rain tomorrow?");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// Trees are one option for your forecast, so load their trainers too:

// ── cell 4 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).

// ## 1. Meet the data
//
// `CourseData.LoadSeattleWeather()` reads the 1,461 days, one row per day in date order:
MLCourse.ConsoleDisplay.Heading(2, "1. Meet the data");

// ── cell 6 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var ml = new MLContext(seed: 1);
var days = CourseData.LoadSeattleWeather();
display(days.Head(5));

// `precipitation` is rain and melted snow in millimetres, `temp_max` and `temp_min` are in °C, `wind` is the
// day's average wind speed (in m/s; see `data/README.md`). The `weather` label is one of drizzle, fog, rain,
// snow and sun.
//
// How often is each label used, year by year?

// ── cell 8 ─────────────────────────────────────────────────────────────────────────────────────────────────
var dayLabels = days["date"].Cast<DateTime>().Zip(days["weather"].Cast<string>(), (date, weather) => (date.Year, weather)).ToList();
var labelsPerYear = dayLabels.Select(d => d.weather).Distinct().Order()
    .SelectMany(weather => new[] { 2012, 2013, 2014, 2015 }.Select(year => new { year = year.ToString(), weather, days = dayLabels.Count(d => d == (year, weather)) }))
    .ToDataFrame();
display(labelsPerYear.PlotLine("year", "days", by: "weather", title: "Days of each weather label, per year", xTitle: "year", yTitle: "days"));

// **What to notice.** Sun and rain make up most days. The rare labels change a lot from year to year: drizzle
// falls from 31 days in 2012 to none in 2014, fog grows from 5 days to 52 in 2015, and 2015 has no snow at
// all. Seattle's weather did not change that much. How the label was *assigned* did: it is derived from
// several NOAA records, and the rules or the records changed. Keep that in mind: a model trained on the early
// years learns the early years' labelling.
//
// Next, how much it rained on the days of each label:
MLCourse.ConsoleDisplay.Notice("Sun and rain make up most days. The rare labels change a lot from year to year: drizzle falls from 31 days in 2012 to none in 2014, fog grows from 5 days to 52 in 2015, and 2015 has no snow at all. Seattle's weather did not change that much. How the label was assigned did: it is derived from several NOAA records, and the rules or the records changed. Keep that in mind: a model trained on the early years learns the early years' labelling.");

// ── cell 10 ────────────────────────────────────────────────────────────────────────────────────────────────
var dryRainDays = days["date"].Cast<DateTime>().Zip(days["weather"].Cast<string>(), days["precipitation"].Cast<float?>())
    .Where(d => d.Second == "rain" && d.Third == 0).GroupBy(d => d.First.Year).Select(g => $"{g.Count()} in {g.Key}");
display($"Days labelled rain with 0 mm of precipitation: {string.Join(", ", dryRainDays)}");
// The training years only: 2015 is the test year (section 2), and a rule is chosen without looking at it.
display(TimeSplit.Before(days, "date", new DateTime(2015, 1, 1)).Train
    .PlotBox("precipitation", by: "weather", title: "Precipitation on the days of each label, 2012 to 2014", yTitle: "precipitation (mm)"));

// **What to notice.** On every day labelled sun, fog or drizzle, the precipitation is exactly 0. Snow days
// are always wet, and so are rain days, apart from 44 rain days in 2012 and 2013 recorded with 0 mm. The
// measurements separate *wet* from *dry* well. Whether a dry day was foggy or sunny is another matter:
// visibility is not among the columns.
//
// ## 2. Hold out the future
//
// Weather arrives day by day, and the model will be used on days that have not happened yet. So the honest
// test is the future: train on 2012 to 2014, test on 2015. A random split would test on days sandwiched
// between training days, and neighbouring days are alike (a wet week is wet for days), so it would flatter
// the model. `TimeSplit.Before` splits at a date:
MLCourse.ConsoleDisplay.Notice("On every day labelled sun, fog or drizzle, the precipitation is exactly 0. Snow days are always wet, and so are rain days, apart from 44 rain days in 2012 and 2013 recorded with 0 mm. The measurements separate wet from dry well. Whether a dry day was foggy or sunny is another matter: visibility is not among the columns.");
MLCourse.ConsoleDisplay.Heading(2, "2. Hold out the future");

// ── cell 12 ────────────────────────────────────────────────────────────────────────────────────────────────
var (trainDays, testDays) = TimeSplit.Before(days, "date", new DateTime(2015, 1, 1));
display($"{trainDays.Rows.Count} training days (2012 to 2014), {testDays.Rows.Count} test days (2015)");

// ### Exercise 09.1 · The baseline to beat
//
// The simplest "model" always answers the most common label of the training days. What accuracy does it get
// on the test days? Give it as a share between 0 and 1.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 09.1 · The baseline to beat");

// ── cell 14 · your answer to exercise 09.1 ─────────────────────────────────────────────────────────────────
double? baselineAccuracy = null;

// ── cell 15 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson09.BaselineAccuracy.Check(baselineAccuracy));

// ### Exercise 09.2 · A one-line rule
//
// Before training anything, see how far one line of code gets. Write a rule that labels a day from its
// precipitation alone (in mm), answering one of the five labels. The checker applies it to every training day
// (2012 to 2014), the days you may learn from, and wants an accuracy of at least **0.80**. Section 3 shows
// how it does on 2015.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 09.2 · A one-line rule");

// ── cell 17 · your answer to exercise 09.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<float, string>? rule = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 18 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson09.Rule.Check(rule));

// ## 3. A classifier for the label
//
// Now the machine-learning way, as in lesson 04: a multiclass logistic regression on all four measurements,
// trained on 2012 to 2014 and scored on 2015:
MLCourse.ConsoleDisplay.Heading(2, "3. A classifier for the label");

// ── cell 20 ────────────────────────────────────────────────────────────────────────────────────────────────
var labelModel = ml.Transforms.Conversion.MapValueToKey("Label", "weather")
    .Append(ml.Transforms.Concatenate("Features", "precipitation", "temp_max", "temp_min", "wind"))
    .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))   // a real z-score: centred, then scaled
    .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(l1Regularization: 0, l2Regularization: 0.01f))
    .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedWeather", "PredictedLabel"))
    .Fit(trainDays);
var labelReport = ClassificationReport.From(labelModel.Transform(testDays), "weather", "PredictedWeather");
display(labelReport.ToDataFrame());

// ── cell 21 ────────────────────────────────────────────────────────────────────────────────────────────────
display(labelReport.PlotConfusionMatrix("Weather labels of 2015: actual against predicted"));

// How does your one-line rule do on the same 2015 days?

// ── cell 23 ────────────────────────────────────────────────────────────────────────────────────────────────
if (rule is null) display(Lesson09.Rule.Waiting());
else
{
    var ruleAccuracy2015 = testDays["precipitation"].Cast<float?>().Select(p => rule(p!.Value))
        .Zip(testDays["weather"].Cast<string>(), (said, actual) => said == actual ? 1.0 : 0.0).Average();
    display($"Accuracy on the 2015 days: the classifier {labelReport.Accuracy:0.000}, your one-line rule {ruleAccuracy2015:0.000}");
}

// ### Exercise 09.3 · Where the errors are
//
// Of all the classifier's wrong predictions in 2015, what share fall on days whose true label is fog? Compute
// it from `labelReport.ConfusionMatrix` (rows are true labels, columns predicted ones, in the order of
// `labelReport.Classes`) and give it as a share between 0 and 1.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 09.3 · Where the errors are");

// ── cell 25 · your answer to exercise 09.3 ─────────────────────────────────────────────────────────────────
double? fogShareOfErrors = null;

// ── cell 26 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson09.FogShareOfErrors.Check(fogShareOfErrors));

// Compare the classifier, day by day, with the simplest rule there is: rain when any precipitation fell, sun
// otherwise.

// ── cell 28 ────────────────────────────────────────────────────────────────────────────────────────────────
var signRule = testDays["precipitation"].Cast<float?>().Select(p => p > 0 ? "rain" : "sun").ToList();   // rain when anything fell, else sun
var classifierSaid = labelModel.Transform(testDays).GetColumn<string>("PredictedWeather").ToList();
var ruleDisagreements = signRule.Zip(classifierSaid).Count(pair => pair.First != pair.Second);
display($"The classifier and the rule 'rain when the precipitation is above 0, else sun' disagree on {ruleDisagreements} of the {signRule.Count} days of 2015");

// **What the model could not see.** On 2015 the classifier *is* that one-line rule: not one day differs. Its
// confusion matrix (above) shows the same: every rain day is called rain, and every other day sun. It has
// rediscovered the rule, wet means rain, dry means sun, and on these days nothing more. Fog and drizzle days
// are dry days that look like sunny ones in these four numbers, so it labels them sun; the information that
// tells them apart (visibility, humidity) is not in the data, and no model can find what is not there. There
// is a second reason the task is too easy where it works: the label was derived from records that include the
// precipitation itself, so predicting it from the precipitation is close to circular.
//
// Two lessons every project learns sooner or later: try a simple rule before a model, and ask what question
// the model actually answers. The events team's question is not "what was today like?" (they can look out of
// the window) but "what will tomorrow be like?". That is a forecast, and no column holds its answer.
//
// ## 4. The real question: will it rain tomorrow?
//
// For each day, the label is whether the **next** day was wet: its precipitation above 0. Building it is one
// line of code, and the most dangerous line of the project. Shift the wrong way and the label describes today
// or yesterday, and the model "forecasts" what it can already see: a leak that makes it look brilliant until
// it is used.
//
// ### Exercise 09.4 · Build the label
//
// Make a `BooleanDataFrameColumn` named `rain_tomorrow` with one value per row of `days` (which are in date
// order): `true` when the next day's precipitation is above 0, `false` when it is 0, and missing (`null`) for
// the last day, which has no next day in the data.
MLCourse.ConsoleDisplay.Heading(2, "4. The real question: will it rain tomorrow?");
MLCourse.ConsoleDisplay.Heading(3, "Exercise 09.4 · Build the label");

// ── cell 30 · your answer to exercise 09.4 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
DataFrameColumn? rainTomorrow = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 31 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson09.RainTomorrow.Check(rainTomorrow));

// With the label in place, the forecasting table is the days plus `rain_tomorrow`, without the last day,
// split at the same date:

// ── cell 33 ────────────────────────────────────────────────────────────────────────────────────────────────
DataFrame? forecastTrain = null, forecastTest = null;
if (rainTomorrow is null) display(Lesson09.RainTomorrow.Waiting());
else
{
    var forecastDays = days.Clone();
    forecastDays.Columns.Add(rainTomorrow);
    forecastDays = forecastDays.Filter(forecastDays["rain_tomorrow"].ElementwiseIsNotNull());   // the last day has no tomorrow
    (forecastTrain, forecastTest) = TimeSplit.Before(forecastDays, "date", new DateTime(2015, 1, 1));
    display($"{forecastTrain.Rows.Count} training days, {forecastTest.Rows.Count} test days; it rained on the next day after {forecastTrain["rain_tomorrow"].Cast<bool?>().Count(r => r == true)} training days");
}

// When is rain likely? The share of training days followed by a wet day, month by month (the test year stays
// unseen):

// ── cell 35 ────────────────────────────────────────────────────────────────────────────────────────────────
if (forecastTrain is null) display(Lesson09.RainTomorrow.Waiting());
else
    display(forecastTrain["date"].Cast<DateTime>().Zip(forecastTrain["rain_tomorrow"].Cast<bool?>(), (date, wet) => (date.Month, Wet: wet == true))
        .GroupBy(d => d.Month).OrderBy(g => g.Key)
        .Select(g => new { month = new DateTime(2000, g.Key, 1).ToString("MMM", System.Globalization.CultureInfo.InvariantCulture), share = g.Average(d => d.Wet ? 1.0 : 0.0) })
        .ToDataFrame()
        .PlotBar("month", "share", title: "How often a day is followed by a wet one, 2012 to 2014", yTitle: "share of days followed by a wet day"));

// **What to notice.** Seattle's rain is seasonal: from October to March, more than half of all days are
// followed by a wet one (65% in February); in July, one day in ten. A forecast has to know the season, yet no
// column holds it. Watch, in section 6, how the model finds it anyway.
//
// Two forecasts need no model at all: "it will be dry" (the more common outcome), and **persistence**,
// "tomorrow will be like today", which is what most of us do. A yes/no forecast is scored by its accuracy,
// the share of rainy days it warned of, and the share of dry days it wrongly flagged:
MLCourse.ConsoleDisplay.Notice("Seattle's rain is seasonal: from October to March, more than half of all days are followed by a wet one (65% in February); in July, one day in ten. A forecast has to know the season, yet no column holds it. Watch, in section 6, how the model finds it anyway.");

// ── cell 37 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: ForecastScore (at the end of the file).
List<bool>? rainedTomorrow = null;
ForecastScore? persistence = null;
if (forecastTest is null) display(Lesson09.RainTomorrow.Waiting());
else
{
    rainedTomorrow = forecastTest["rain_tomorrow"].Cast<bool?>().Select(r => r == true).ToList();
    var wetToday = forecastTest["precipitation"].Cast<float?>().Select(p => p > 0).ToList();
    persistence = ForecastScore.Of("tomorrow like today", rainedTomorrow, wetToday);
    display(new[] { ForecastScore.Of("always dry", rainedTomorrow, rainedTomorrow.Select(_ => false).ToList()), persistence }.ToDataFrame());
}

// **What to notice.** "Always dry" is right on most days and useless: it never warns of rain. Persistence is
// right on about 70% of days and warns of five rainy days in eight. That is the forecast to beat.
//
// ### Exercise 09.5 · A forecast model
//
// Build a binary classifier of `rain_tomorrow` for `forecastTrain`. It may use what is known at the end of
// today: `precipitation`, `temp_max`, `temp_min`, `wind` (and `weather`, one-hot encoded, if you like). Hand
// over the **pipeline** (an estimator, not fitted).
//
// The checker never looks at 2015. It cross-validates your pipeline on the training years, a whole year at a
// time (weather days are alike from one day to the next, so shuffled days would flatter it): fitted on 2012
// and 2013 it is scored on 2014, and so on for each year, and the mean area under the ROC curve must be at
// least **0.755**, more than any single measurement gives. 2015 stays for section 5's one, final look.
MLCourse.ConsoleDisplay.Notice("\"Always dry\" is right on most days and useless: it never warns of rain. Persistence is right on about 70% of days and warns of five rainy days in eight. That is the forecast to beat.");
MLCourse.ConsoleDisplay.Heading(3, "Exercise 09.5 · A forecast model");

// ── cell 39 · your answer to exercise 09.5 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
IEstimator<ITransformer>? forecastPipeline = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 40 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson09.ForecastModel.Check(forecastPipeline));

// With the pipeline chosen, fit it once on all the training days. This is the model that section 5 scores on
// 2015 and that you ship in section 6:

// ── cell 42 ────────────────────────────────────────────────────────────────────────────────────────────────
ITransformer? forecastModel = null;
if (forecastPipeline is null) display(Lesson09.ForecastModel.Waiting());
else
{
    forecastModel = forecastPipeline.Fit(forecastTrain);
    display($"Fitted on the {forecastTrain.Rows.Count} training days");
}

// ## 5. How good is your forecast?
//
// Your model against persistence, on the 2015 days, at the model's default threshold (it says "rain" when it
// puts the chance above one half):
MLCourse.ConsoleDisplay.Heading(2, "5. How good is your forecast?");

// ── cell 44 ────────────────────────────────────────────────────────────────────────────────────────────────
IDataView? forecastScored = null;
ForecastScore? yourModel = null;
if (forecastModel is null) display(Lesson09.ForecastModel.Waiting());
else
{
    forecastScored = forecastModel.Transform(forecastTest);
    yourModel = ForecastScore.Of("your model", rainedTomorrow, forecastScored.GetColumn<bool>("PredictedLabel").ToList());
    display(new[] { persistence, yourModel }.ToDataFrame());
}

// A single threshold is one choice among many. The ROC curve (lesson 05) shows them all: each point is a
// threshold, from "never rain" at the bottom left to "always rain" at the top right. The two yes/no forecasts
// are single points:

// ── cell 46 ────────────────────────────────────────────────────────────────────────────────────────────────
Curve? forecastRoc = null;
if (forecastModel is null) display(Lesson09.ForecastModel.Waiting());
else
{
    forecastRoc = BinaryCurves.Roc(rainedTomorrow, forecastScored.GetColumn<float>("Score").ToList());
    var alarmsAtPersistenceCatch = forecastRoc.Points.Where(p => p.Y >= persistence.rainyDaysCaught).Min(p => p.X);
    display($"Area under the curve {forecastRoc.Area:0.000}. To warn of at least {persistence.rainyDaysCaught:P1} of the rainy days, as persistence does, " +
        $"your model flags {alarmsAtPersistenceCatch:P1} of the dry days; persistence flags {persistence.dryDaysFlagged:P1}.");
    display(forecastRoc.Plot("Forecasting rain tomorrow, 2015",
        ("tomorrow like today", persistence.dryDaysFlagged, persistence.rainyDaysCaught),
        ("your model, default threshold", yourModel.dryDaysFlagged, yourModel.rainyDaysCaught)));
}

// **What to notice.** The question is whether your curve passes *above* the persistence point: to warn of as
// many rainy days, would the model raise fewer false alarms? The solution's logistic regression (area 0.772)
// reaches it but not above it: to catch the same 62.5% of rainy days it flags 24.5% of dry days, as
// persistence does (the line above the chart). At its default threshold it sits lower on its curve: fewer
// false alarms, fewer rainy days caught, and a higher accuracy (0.739 against 0.703, in the table above). The
// gain over persistence is small, and one test year is too little to tell how much of it would hold in other
// years; that is the honest result of forecasting from one station's daily summary. What the model adds is a
// probability, so the team can choose the trade-off: an event that must not get wet uses a lower threshold,
// accepts more false alarms, and moves up the curve.
//
// ## 6. What does it rely on?
//
// Lesson 08's permutation importance, applied to whole input columns: shuffle one column of the 2015 days,
// and see how much area under the ROC curve the forecast loses. `ColumnImportance` works for any pipeline,
// yours included:
MLCourse.ConsoleDisplay.Notice("The question is whether your curve passes above the persistence point: to warn of as many rainy days, would the model raise fewer false alarms? The solution's logistic regression (area 0.772) reaches it but not above it: to catch the same 62.5% of rainy days it flags 24.5% of dry days, as persistence does (the line above the chart). At its default threshold it sits lower on its curve: fewer false alarms, fewer rainy days caught, and a higher accuracy (0.739 against 0.703, in the table above). (More in the lesson's text.)");
MLCourse.ConsoleDisplay.Heading(2, "6. What does it rely on?");

// ── cell 48 ────────────────────────────────────────────────────────────────────────────────────────────────
if (forecastModel is null) display(Lesson09.ForecastModel.Waiting());
else
{
    double Auc(IDataView scored) => BinaryCurves.Roc(rainedTomorrow, scored.GetColumn<float>("Score").ToList()).Area;
    var forecastImportance = ColumnImportance.Compute(forecastModel, forecastTest, new[] { "precipitation", "temp_max", "temp_min", "wind", "weather" }, Auc, repeats: 20);
    display(forecastImportance.Plot("What your forecast relies on: the change in AUC when a column is shuffled", "change in area under the ROC curve"));
}

// **What to notice.** A column your pipeline does not use shows no change at all. For the solution's model,
// today's highest temperature matters most, far more than today's precipitation, and wind hardly at all. Two
// things are folded into `temp_max`. One is the season you saw in the monthly chart: a cool day is usually a
// winter day. The other is cloud: the model weighs a high `temp_max` against a high `temp_min`, and a small
// gap between the day's highest and lowest temperature means a cloudy day, which is often followed by rain.
// Both are plausible stories, and lesson 08's warning stands: importance says what the model uses, not why
// the weather does what it does.
//
// ### Exercise 09.6 · Ship it
//
// The events team's app will load your model from a file, with no notebook and no variables of yours. Save
// `forecastModel` with `ml.Model.Save` as `rain-tomorrow.zip` in the course's `artifacts/models` folder
// (lesson 07, section 1), and give the file's path. The checker loads the file the way the app would and
// checks that it holds `forecastModel`: on every training day it must give the same score as the model in
// memory, and its area under the ROC curve there must be at least 0.70. (Its quality was judged in 09.5; this
// only checks that the file holds the model you judged, and it never looks at 2015.)
MLCourse.ConsoleDisplay.Notice("A column your pipeline does not use shows no change at all. For the solution's model, today's highest temperature matters most, far more than today's precipitation, and wind hardly at all. Two things are folded into temp_max. One is the season you saw in the monthly chart: a cool day is usually a winter day. (More in the lesson's text.)");
MLCourse.ConsoleDisplay.Heading(3, "Exercise 09.6 · Ship it");

// ── cell 50 · your answer to exercise 09.6 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string? savedModelPath = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 51 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson09.SavedModel.Check(savedModelPath is null ? null : (savedModelPath, forecastModel)));   // the file, and the model it should hold

// ### Exercise 09.7 · Report to the team
//
// Write the events team a short note (a few sentences, at least 30 words): what the model does, how much
// better it is than "tomorrow will be like today" (with your numbers), and one limitation they should know
// about.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 09.7 · Report to the team");

// ── cell 53 · your answer to exercise 09.7 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string? report = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 54 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson09.Report.Check(report));

// ## 7. The bar
//
// The lesson checks its own claims: the label classifier makes the same call as the one-line rule on every
// day of 2015, it never recognises fog and misses fog more than any other label, and persistence is right on
// about 70% of the 2015 days. Once your forecast exists, its figures are published too.
MLCourse.ConsoleDisplay.Heading(2, "7. The bar");

// ── cell 56 ────────────────────────────────────────────────────────────────────────────────────────────────
var failures = new List<string>();
var missed = labelReport.Classes.Select((label, row) => (Label: label, Errors: labelReport.ConfusionMatrix[row].Sum() - labelReport.ConfusionMatrix[row][row])).MaxBy(m => m.Errors);
if (ruleDisagreements != 0) failures.Add($"the label classifier should make the one-line rule's call on every day of 2015, but differs on {ruleDisagreements}");
if (labelReport.PerClass.Single(c => c.Class == "fog").Recall > 0) failures.Add("the label classifier should never recognise fog");
if (missed.Label != "fog") failures.Add($"fog should be the most-missed label, not {missed.Label}");
if (persistence is not null && Math.Abs(persistence.accuracy - 0.70) > 0.01) failures.Add($"persistence should be right on about 70% of the 2015 days, not {persistence.accuracy:0.000}");
if (yourModel is not null && forecastRoc.Area < 0.75) failures.Add($"the forecast's area under the ROC curve on 2015 is {forecastRoc.Area:0.000}, well below what its cross-validation promised (at least 0.755): look for a difference between the training years and 2015 in what the pipeline uses");
if (failures.Count > 0)
    throw new InvalidOperationException("Expected: " + string.Join("; ", failures) + ".");
Course.Publish("label_model_accuracy", labelReport.Accuracy);
Course.Publish("label_model_macro_f1", labelReport.MacroF1);
Course.Publish("label_model_rule_disagreements", ruleDisagreements);
if (persistence is not null) Course.Publish("persistence_accuracy", persistence.accuracy);
if (yourModel is not null)
{
    Course.Publish("forecast_auc", forecastRoc.Area);
    Course.Publish("forecast_accuracy", yourModel.accuracy);
    Course.Publish("forecast_rainy_days_caught", yourModel.rainyDaysCaught);
}

// Your progress through the course:

// ── cell 58 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// **Coming from Python.** The split is a boolean mask on the date column (or scikit-learn's
// `TimeSeriesSplit`); the label is `df["precipitation"].shift(-1) > 0`; the baselines are
// `DummyClassifier(strategy="most_frequent")` and a one-liner; `ColumnImportance` is
// `sklearn.inspection.permutation_importance` on a pipeline; `ml.Model.Save` is `joblib.dump`.
//
// ## Summary
//
// - Look at the data before modelling: the label's rare classes changed from year to year, and fog could not
//   be told from sun with the columns at hand.
// - Split data that arrives over time by time, and test on the future.
// - Beat a baseline and a simple rule before trusting a model. Here a one-line rule matched a trained
//   classifier, because the label was nearly a function of one column.
// - Build the label with care: one shift in the wrong direction is a leak.
// - A forecast from one station's daily summary beats persistence modestly; its probability is what makes it
//   useful. Say so plainly in the report.
//
// ## Where next
//
// You have used the whole path: collect, prepare, explore, train, evaluate and optimize, automate, ship and
// explain. From here:
//
// - Extend this project: add features such as the temperature range or the day of the year (computed inside
//   the pipeline with `ml.Transforms.Expression`, lesson 05, so that the saved model computes them too), or
//   yesterday's measurements (which the app would then have to send), try `AutoSearch` (lesson 06), and see
//   how far the area under the curve moves. The temperatures already carry much of the season, so expect
//   small steps. Keep 2015 for the end.
// - Bring your own data: `Csv.Load` or `DataFrame.LoadCsv`, a time split or a stratified one, a baseline
//   first.
// - Read the ML.NET documentation on
//   [learn.microsoft.com](https://learn.microsoft.com/dotnet/machine-learning/) for the trainers and
//   transforms the course did not cover (LightGBM, text and image featurization, recommendation, anomaly
//   detection).
//
// **Next:** part two of the course, *beyond tables*, starts with [10 · Text
// classification](10-text-classification.cs): a spam filter built from raw e-mail. Or go back to the [course
// overview](../README.md).

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);

// The types the lesson's cells declare. C# wants a program's types after its statements, so they are here.

// ── cell 37 · its types ────────────────────────────────────────────────────────────────────────────────────
record ForecastScore(string forecast, double accuracy, double rainyDaysCaught, double dryDaysFlagged)
{
    public static ForecastScore Of(string forecast, IReadOnlyList<bool> actual, IReadOnlyList<bool> said)
    {
        var pairs = actual.Zip(said).ToList();
        return new(forecast,
            Math.Round(pairs.Average(p => p.First == p.Second ? 1.0 : 0.0), 3),
            Math.Round(pairs.Where(p => p.First).Average(p => p.Second ? 1.0 : 0.0), 3),
            Math.Round(pairs.Where(p => !p.First).Average(p => p.Second ? 1.0 : 0.0), 3));
    }
}
