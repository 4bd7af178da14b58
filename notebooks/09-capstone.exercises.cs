// 09 · Capstone: will it rain tomorrow?: the exercises
// The exercises of lesson 09 of Machine Learning with C# as a .NET 10 file-based app: each exercise, its
// answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in
// seconds. The lesson itself, with its text, results and charts, is notebooks/09-capstone.cs.
//
// Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it
// needs:
//     dotnet run --file notebooks/09-capstone.exercises.cs
// To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it
// and, if not, what is off; add a line such as display(Lesson09.BaselineAccuracy.Hint()) for a hint (Hint(2)
// for the next, and so on) or .Solution() for a worked answer. Your progress is kept in
// .course/progress.json, shared with the notebook and the lesson's app.
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

MLCourse.ConsoleDisplay.Heading(1, "09 · Capstone: will it rain tomorrow?: the exercises");

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
var ml = new MLContext(seed: 1);
var days = CourseData.LoadSeattleWeather();
display(days.Head(5));

// (Cells 7 to 11 of the lesson are not needed by the exercises: notebooks/09-capstone.cs has them.)

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

// ── cell 20 ────────────────────────────────────────────────────────────────────────────────────────────────
var labelModel = ml.Transforms.Conversion.MapValueToKey("Label", "weather")
    .Append(ml.Transforms.Concatenate("Features", "precipitation", "temp_max", "temp_min", "wind"))
    .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))   // a real z-score: centred, then scaled
    .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(l1Regularization: 0, l2Regularization: 0.01f))
    .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedWeather", "PredictedLabel"))
    .Fit(trainDays);
var labelReport = ClassificationReport.From(labelModel.Transform(testDays), "weather", "PredictedWeather");
display(labelReport.ToDataFrame());

// (Cells 21 to 23 of the lesson are not needed by the exercises: notebooks/09-capstone.cs has them.)

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

// (Cells 27 to 28 of the lesson are not needed by the exercises: notebooks/09-capstone.cs has them.)

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

// (Cells 34 to 37 of the lesson are not needed by the exercises: notebooks/09-capstone.cs has them.)

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

// ── cell 42 ────────────────────────────────────────────────────────────────────────────────────────────────
ITransformer? forecastModel = null;
if (forecastPipeline is null) display(Lesson09.ForecastModel.Waiting());
else
{
    forecastModel = forecastPipeline.Fit(forecastTrain);
    display($"Fitted on the {forecastTrain.Rows.Count} training days");
}

// (Cells 43 to 48 of the lesson are not needed by the exercises: notebooks/09-capstone.cs has them.)

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

// (Cells 55 to 56 of the lesson are not needed by the exercises: notebooks/09-capstone.cs has them.)

// Your progress through the course:

// ── cell 58 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
