// 05 · Evaluate and optimize: the exercises
// The exercises of lesson 05 of Machine Learning with C# as a .NET 10 file-based app: each exercise, its
// answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in
// seconds. The lesson itself, with its text, results and charts, is notebooks/05-evaluate-optimize.cs.
//
// Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it
// needs:
//     dotnet run --file notebooks/05-evaluate-optimize.exercises.cs
// To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it
// and, if not, what is off; add a line such as display(Lesson05.BaselineMaeOfMean.Hint()) for a hint (Hint(2)
// for the next, and so on) or .Solution() for a worked answer. Your progress is kept in
// .course/progress.json, shared with the notebook and the lesson's app.
//
// Made from notebooks/05-evaluate-optimize.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 05
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
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using MLCourse.Data;
using MLCourse.Charts;
using MLCourse.Evaluation;
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

MLCourse.ConsoleDisplay.Heading(1, "05 · Evaluate and optimize: the exercises");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// ── cell 3 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).

// ── cell 4 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var ml = new MLContext(seed: 1);
var penguins = CourseData.LoadCleanPenguins();
string[] measurements = { "beak_length_mm", "beak_depth_mm", "flipper_length_mm", "body_mass_g" };
var (trainPenguins, testPenguins) = StratifiedSplit.Split(penguins, "species", testFraction: 0.2, seed: 1);
display($"{trainPenguins.Rows.Count} penguins to train and cross-validate on; {testPenguins.Rows.Count} held out until the end");

// (Cells 5 to 14 of the lesson are not needed by the exercises: notebooks/05-evaluate-optimize.cs has them.)

// ── cell 15 ────────────────────────────────────────────────────────────────────────────────────────────────
var cars = CourseData.LoadCars();
var known = cars.Filter(cars["Miles_per_Gallon"].ElementwiseIsNotNull());
known = known.Filter(known["Horsepower"].ElementwiseIsNotNull());
known.Columns.Add(new SingleDataFrameColumn("model_year", known["Year"].Cast<DateTime>().Select(d => (float)d.Year)));
var carSplit = ml.Data.TrainTestSplit(known, testFraction: 0.2, seed: 1);
var trainCars = carSplit.TrainSet;

string[] carFeatures = { "Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "model_year" };
IEstimator<ITransformer> PrepareCars(string[] features, bool centred = true) =>
    ml.Transforms.Categorical.OneHotEncoding("OriginVector", "Origin")
      .Append(ml.Transforms.Concatenate("Features", features.Append("OriginVector").ToArray()))
      .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: !centred));

FastTreeRegressionTrainer Boosted(int leaves = 10, double learningRate = 0.1, int trees = 100) =>
    ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
    { LabelColumnName = "Miles_per_Gallon", NumberOfLeaves = leaves, LearningRate = learningRate, NumberOfTrees = trees, MinimumExampleCountPerLeaf = 5, NumberOfThreads = 1 });

SdcaRegressionTrainer Linear() =>
    ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options { LabelColumnName = "Miles_per_Gallon", NumberOfThreads = 1 });

// Fit on three quarters of the training cars, score on the last quarter, to look at the metrics.
var look = ml.Data.TrainTestSplit(trainCars, testFraction: 0.25, seed: 2);
var regression = RegressionReport.From(PrepareCars(carFeatures).Append(Boosted()).Fit(look.TrainSet).Transform(look.TestSet), "Miles_per_Gallon");
display(regression.ToDataFrame());

// (Cells 16 to 20 of the lesson are not needed by the exercises: notebooks/05-evaluate-optimize.cs has them.)

// ── cell 21 ────────────────────────────────────────────────────────────────────────────────────────────────
var carFolds = ml.Data.CrossValidationSplit(trainCars, numberOfFolds: 5, seed: 1);
CrossValidationSummary CrossValidateCars(IEstimator<ITransformer> pipeline, IReadOnlyList<DataOperationsCatalog.TrainTestData>? folds = null) =>
    CrossValidationSummary.Of((folds ?? carFolds).Select(fold =>
        ml.Regression.Evaluate(pipeline.Fit(fold.TrainSet).Transform(fold.TestSet), "Miles_per_Gallon").MeanAbsoluteError));

var boostedCv = CrossValidateCars(PrepareCars(carFeatures).Append(Boosted()));
var linearCv = CrossValidateCars(PrepareCars(carFeatures).Append(Linear()));
display($"5-fold MAE: boosted trees {boostedCv} MPG, linear regression {linearCv} MPG");

// ── cell 23 ────────────────────────────────────────────────────────────────────────────────────────────────
IEstimator<ITransformer> ReferenceFeatures(string[] features) =>
    ml.Transforms.Expression("from_europe", "o => o == \"Europe\" ? 1.0 : 0.0", "Origin")
      .Append(ml.Transforms.Expression("from_japan", "o => o == \"Japan\" ? 1.0 : 0.0", "Origin"))
      .Append(ml.Transforms.Concatenate("Features", features.Concat(new[] { "from_europe", "from_japan" }).ToArray()));

// The exact least-squares fit on each fold's training part, scored on its test part.
CrossValidationSummary LeastSquaresCv(string[] features, IReadOnlyList<DataOperationsCatalog.TrainTestData>? folds = null) =>
    CrossValidationSummary.Of((folds ?? carFolds).Select(fold =>
    {
        var prepared = ReferenceFeatures(features).Fit(fold.TrainSet);
        var fit = LeastSquares.Fit(prepared.Transform(fold.TrainSet), labelColumn: "Miles_per_Gallon");
        return fold.TestSet.GetColumn<float>("Miles_per_Gallon").Zip(fit.Predict(prepared.Transform(fold.TestSet)), (actual, predicted) => Math.Abs(actual - predicted)).Average();
    }));

// Throws unless SDCA's cross-validated MAE is within 1% of the exact fit's, on the same folds.
void CheckReachesLeastSquares(CrossValidationSummary sdca, CrossValidationSummary exact, string what)
{
    if (Math.Abs(sdca.Mean / exact.Mean - 1) > 0.01)
        throw new InvalidOperationException($"SDCA's 5-fold MAE with {what} ({sdca.Mean:0.000}) should be within 1% of the least-squares fit's ({exact.Mean:0.000}). Are the features centred (fixZero: false)?");
}

var leastSquaresCv = LeastSquaresCv(carFeatures);
var uncentredCv = CrossValidateCars(PrepareCars(carFeatures, centred: false).Append(Linear()));
CheckReachesLeastSquares(linearCv, leastSquaresCv, "the original features");
display(new[] { ("least squares, closed form", leastSquaresCv), ("SDCA on centred z-scores (this lesson)", linearCv), ("SDCA, scaled without centring (fixZero: true)", uncentredCv) }
    .Select(m => new { linearModel = m.Item1, mae = m.Item2.ToString(), gapToLeastSquares = $"{m.Item2.Mean / leastSquaresCv.Mean - 1:+0.0%;-0.0%}" })
    .ToDataFrame());

// (Cells 24 to 26 of the lesson are not needed by the exercises: notebooks/05-evaluate-optimize.cs has them.)

// ── cell 27 ────────────────────────────────────────────────────────────────────────────────────────────────
var foldByFold = boostedCv.Folds.Zip(linearCv.Folds, (boosted, linear) => (boosted, linear))
    .Select((f, i) => new { fold = i + 1, boostedTrees = Math.Round(f.boosted, 3), linearRegression = Math.Round(f.linear, 3), linearMinusBoosted = Math.Round(f.linear - f.boosted, 3) })
    .ToDataFrame();
var linearMinusBoosted = CrossValidationSummary.Of(boostedCv.Folds.Zip(linearCv.Folds, (boosted, linear) => linear - boosted));
var standardError = linearMinusBoosted.StandardDeviation / Math.Sqrt(linearMinusBoosted.Folds.Count);
// Nadeau and Bengio's correction for overlapping training sets: the variance of the mean is (1/k + test/train) × variance, with test/train = 1/(k − 1) for k folds.
var overlapFactor = Math.Sqrt((1.0 / 5 + 1.0 / 4) / (1.0 / 5));
display($"linear minus boosted, per fold: {linearMinusBoosted} MPG; larger than 0 on {linearMinusBoosted.Folds.Count(d => d > 0)} of 5 folds; the mean is {linearMinusBoosted.Mean / standardError:0.0} standard errors ({standardError:0.000}) from 0, "
    + $"or {linearMinusBoosted.Mean / (overlapFactor * standardError):0.0} corrected standard errors ({overlapFactor:0.0} × {standardError:0.000} = {overlapFactor * standardError:0.000})");
display(foldByFold);

// (Cells 28 to 36 of the lesson are not needed by the exercises: notebooks/05-evaluate-optimize.cs has them.)

// ── cell 37 ────────────────────────────────────────────────────────────────────────────────────────────────
DataFrame AddSquares(DataFrame frame)
{
    var copy = frame.Clone();
    copy.Columns.Add(new SingleDataFrameColumn("weight_squared", frame["Weight_in_lbs"].Cast<float?>().Select(w => w * w / 1e6f)));
    copy.Columns.Add(new SingleDataFrameColumn("horsepower_squared", frame["Horsepower"].Cast<float?>().Select(h => h * h / 1e4f)));
    copy.Columns.Add(new SingleDataFrameColumn("year_squared", frame["model_year"].Cast<float?>().Select(y => (y - 1976) * (y - 1976))));
    return copy;
}
var knownSquared = AddSquares(known);
var squaredSplit = ml.Data.TrainTestSplit(knownSquared, testFraction: 0.2, seed: 1);   // the same seed: the same cars as before
var squaredFolds = ml.Data.CrossValidationSplit(squaredSplit.TrainSet, numberOfFolds: 5, seed: 1);
string[] squaredFeatures = carFeatures.Concat(new[] { "weight_squared", "horsepower_squared", "year_squared" }).ToArray();

var linearSquaredCv = CrossValidateCars(PrepareCars(squaredFeatures).Append(Linear()), squaredFolds);
var leastSquaresSquaredCv = LeastSquaresCv(squaredFeatures, squaredFolds);
CheckReachesLeastSquares(linearSquaredCv, leastSquaresSquaredCv, "the squares");
var squaresGain = CrossValidationSummary.Of(linearCv.Folds.Zip(linearSquaredCv.Folds, (plain, squared) => plain - squared));
var squaresGainError = squaresGain.StandardDeviation / Math.Sqrt(squaresGain.Folds.Count);
display($"the squares lower the linear model's MAE by {1 - linearSquaredCv.Mean / linearCv.Mean:0%}; per fold by {squaresGain} MPG, on {squaresGain.Folds.Count(g => g > 0)} of 5 folds; the mean gain is {squaresGain.Mean / squaresGainError:0.0} standard errors ({squaresGainError:0.000}) from 0, "
    + $"or {squaresGain.Mean / (overlapFactor * squaresGainError):0.0} corrected ones (section 4)");
display(new[] { new { features = "original", linearRegressionMae = linearCv.ToString(), leastSquaresMae = leastSquaresCv.ToString() },
        new { features = "original + squares", linearRegressionMae = linearSquaredCv.ToString(), leastSquaresMae = leastSquaresSquaredCv.ToString() } }.ToDataFrame());

// (Cells 38 to 44 of the lesson are not needed by the exercises: notebooks/05-evaluate-optimize.cs has them.)

// ### Exercise 05.1 · The error of always predicting the mean
//
// Before celebrating an MAE of 2 MPG, know what *no* model scores. Predict every test car's fuel economy as
// the mean MPG of the training cars (`trainCars`): what is the MAE of that on the test cars
// (`carSplit.TestSet`)?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 05.1 · The error of always predicting the mean");

// ── cell 46 · your answer to exercise 05.1 ─────────────────────────────────────────────────────────────────
double? baselineMae = null;

// ── cell 47 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson05.BaselineMaeOfMean.Check(baselineMae));

// ### Exercise 05.2 · Recall, by hand
//
// Write recall as a function: it takes pairs of (actual, predicted) yes/no answers and returns the share of
// the actual yeses that were predicted yes. When there are no actual yeses, return 0 (as scikit-learn does).
MLCourse.ConsoleDisplay.Heading(3, "Exercise 05.2 · Recall, by hand");

// ── cell 49 · your answer to exercise 05.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<IReadOnlyList<(bool Actual, bool Predicted)>, double>? recall = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 50 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson05.Recall.Check(recall));

// ### Exercise 05.3 · A better linear model, features inside the pipeline
//
// Section 7 added squared features to a *copy* of the data. A deployed model gets new cars with their
// original columns only, so features belong **inside** the pipeline. Build a **linear** regression pipeline,
// not fitted, that computes its own extra features and reaches a cross-validated MAE of at most **2.35 MPG**.
// The checker leaves the test cars alone: it cross-validates your pipeline on the training cars, with their
// original columns only (5 folds).
MLCourse.ConsoleDisplay.Heading(3, "Exercise 05.3 · A better linear model, features inside the pipeline");

// ── cell 52 · your answer to exercise 05.3 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
IEstimator<ITransformer>? engineeredLinear = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 53 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson05.EngineeredLinear.Check(engineeredLinear));

// ### Exercise 05.4 · Why the best of 200 flatters
//
// A colleague tries 200 hyperparameter settings, scores each on the test set and reports the best score as
// what the model will achieve. In two or three sentences: why is that number too optimistic, and what should
// they do instead?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 05.4 · Why the best of 200 flatters");

// ── cell 55 · your answer to exercise 05.4 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string? whyBestIsOptimistic = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 56 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson05.WhyBestIsOptimistic.Check(whyBestIsOptimistic));

// Your progress so far:

// ── cell 58 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
