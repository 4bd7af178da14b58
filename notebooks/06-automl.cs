// 06 · AutoML: let a search do the tuning
// Lesson 06 of Machine Learning with C# as a .NET 10 file-based app: the notebook's code, run as one program.
//
// Run it from the course folder (or from anywhere, with the path to this file: it finds the data itself); the
// .NET 10 SDK is all it needs:
//     dotnet run --file notebooks/06-automl.cs
// It prints what the notebook shows under a cell: values and tables as text, each chart as an HTML file (it
// prints the file's path: open it in a browser). To do an exercise, replace the null in its answer cell and
// run it again; or, quicker, do the exercises in notebooks/06-automl.exercises.cs: the same exercises and
// checks without the rest of the lesson, so each try takes seconds.
//
// Made from notebooks/06-automl.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 06
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

// The notebook kernel runs in the notebooks folder; so does this program, wherever it is started from, so
// that relative paths mean the same.
if (AppContext.GetData("EntryPointFileDirectoryPath") is string appFolder)
    Environment.CurrentDirectory = appFolder;
// The notebook kernel knows every code-page character set (windows-1252, ISO-2022-JP, …: its C# compiler
// registers them); so does this program, so that e-mail and other text decode the same.
System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

// # 06 · AutoML: let a search do the tuning
//
// In lesson 05 you chose a model family, wrote a grid of settings, cross-validated every trial and picked the
// winner. **AutoML** automates exactly that loop: given data, a label and a metric, it tries many model
// families and settings within a time budget and hands back the best pipeline. It saves hours of routine
// tuning. It does not choose the problem, the metric or the data for you, and it cannot see a leak.
//
// **You will learn to**
//
// - describe what an AutoML system searches (trainers, hyperparameters, features) and how (cross-validation,
//   a budget, early stopping);
// - run a transparent automated search with the course's `AutoSearch`, and read its leaderboard and its
//   progress chart;
// - compare the result with lesson 05's hand-tuned model, honestly;
// - write the same experiment with Microsoft.ML.AutoML, where that package is available.
//
// Why a course helper and not Microsoft.ML.AutoML? The AutoML package cannot be restored in this course's
// build environment, and a search you can read in one page (`src/MLCourse/Evaluation/AutoSearch.cs`) teaches
// more than a black box. Section 6 shows the AutoML package's version of the same experiment.
MLCourse.ConsoleDisplay.Heading(1, "06 · AutoML: let a search do the tuning");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// ── cell 3 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).

// The same cars, the same split and the same 5-fold cross-validation as lesson 05, so that the numbers
// compare:

// ── cell 5 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var ml = new MLContext(seed: 1);
var cars = CourseData.LoadCars();
var known = cars.Filter(cars["Miles_per_Gallon"].ElementwiseIsNotNull());
known = known.Filter(known["Horsepower"].ElementwiseIsNotNull());
known.Columns.Add(new SingleDataFrameColumn("model_year", known["Year"].Cast<DateTime>().Select(d => (float)d.Year)));
var carSplit = ml.Data.TrainTestSplit(known, testFraction: 0.2, seed: 1);
var trainCars = carSplit.TrainSet;

string[] carFeatures = { "Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "model_year" };
IEstimator<ITransformer> PrepareCars(string[] features) =>
    ml.Transforms.Categorical.OneHotEncoding("OriginVector", "Origin")
      .Append(ml.Transforms.Concatenate("Features", features.Append("OriginVector").ToArray()))
      .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false));   // a real z-score, as in lesson 05

CrossValidationSummary CrossValidateCars(IEstimator<ITransformer> pipeline) =>
    CrossValidationSummary.Of(ml.Regression.CrossValidate(trainCars, pipeline, numberOfFolds: 5, labelColumnName: "Miles_per_Gallon", seed: 1)
        .Select(fold => fold.Metrics.MeanAbsoluteError));
display($"{known.Rows.Count} cars; the search sees only the training part");

// ## 1. What an AutoML system searches
//
// An AutoML run is a loop over **trials**. Each trial picks:
//
// 1. a **model family** (trainer): boosted trees, a random forest, a linear model, …;
// 2. **hyperparameters** for it, drawn from a *search space* (ranges of sensible values);
// 3. sometimes **featurization**: how to encode, normalize or combine the columns.
//
// It scores each trial by cross-validation on the training data, keeps the best, and uses what it learned to
// choose the next trial. It stops when the **time budget** runs out, or earlier when trials stop improving
// (**early stopping**).
//
// The course's `AutoSearch` does all of this in the simplest way that works: each family once, then most
// trials go to the family that is best so far (70%) and the rest to a random family (30%), so that a family
// unlucky in its first draw gets another chance. Real AutoML systems choose the next trial more cleverly
// (ML.NET's uses a cost-aware Bayesian-style tuner), but the loop is the same.
//
// ## 2. The search space
//
// Four families, each with a range for each of its settings. `Pick` chooses one of a few values; `LogUniform`
// draws on a log scale, because a learning rate of 0.01 differs from 0.02 as much as 0.1 from 0.2. The linear
// family searches its features too: it may add the squared columns from lesson 05, computed inside the
// pipeline.
MLCourse.ConsoleDisplay.Heading(2, "2. The search space");

// ── cell 7 ─────────────────────────────────────────────────────────────────────────────────────────────────
T Pick<T>(Random random, params T[] options) => options[random.Next(options.Length)];
double LogUniform(Random random, double low, double high)
{
    var value = Math.Exp(Math.Log(low) + random.NextDouble() * (Math.Log(high) - Math.Log(low)));
    return Math.Round(value, 2 - (int)Math.Floor(Math.Log10(value)));   // three significant digits, easier to read
}

var squares = ml.Transforms.Expression("weight_squared", "w => w * w / 1000000", "Weight_in_lbs")
    .Append(ml.Transforms.Expression("horsepower_squared", "h => h * h / 10000", "Horsepower"))
    .Append(ml.Transforms.Expression("year_squared", "y => (y - 1976) * (y - 1976)", "model_year"));
string[] squaredFeatures = carFeatures.Concat(new[] { "weight_squared", "horsepower_squared", "year_squared" }).ToArray();

var candidates = new[]
{
    SearchCandidate.Of("boosted trees (FastTree)",
        r => new { leaves = Pick(r, 4, 8, 16, 32), learningRate = LogUniform(r, 0.02, 0.3), trees = Pick(r, 100, 200, 400), minimumPerLeaf = Pick(r, 2, 5, 10, 20) },
        s => PrepareCars(carFeatures).Append(ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            { LabelColumnName = "Miles_per_Gallon", NumberOfLeaves = s.leaves, LearningRate = s.learningRate, NumberOfTrees = s.trees, MinimumExampleCountPerLeaf = s.minimumPerLeaf, NumberOfThreads = 1 }))),
    SearchCandidate.Of("random forest (FastForest)",
        r => new { trees = Pick(r, 100, 200, 400), leaves = Pick(r, 8, 16, 32, 64), minimumPerLeaf = Pick(r, 1, 2, 5, 10) },
        s => PrepareCars(carFeatures).Append(ml.Regression.Trainers.FastForest(new FastForestRegressionTrainer.Options
            { LabelColumnName = "Miles_per_Gallon", NumberOfTrees = s.trees, NumberOfLeaves = s.leaves, MinimumExampleCountPerLeaf = s.minimumPerLeaf, NumberOfThreads = 1 }))),
    SearchCandidate.Of("linear regression (SDCA)",
        r => new { squaredFeatures = Pick(r, true, false), l2 = LogUniform(r, 1e-5, 1) },
        s => (s.squaredFeatures ? squares.Append(PrepareCars(squaredFeatures)) : PrepareCars(carFeatures)).Append(ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options
            { LabelColumnName = "Miles_per_Gallon", NumberOfThreads = 1, MaximumNumberOfIterations = 1000, L2Regularization = (float)s.l2, L1Regularization = 0, ConvergenceTolerance = 1e-6f }))),
    SearchCandidate.Of("Poisson regression (L-BFGS)",
        r => new { l2 = LogUniform(r, 1e-4, 1) },
        s => PrepareCars(carFeatures).Append(ml.Regression.Trainers.LbfgsPoissonRegression(labelColumnName: "Miles_per_Gallon", l2Regularization: (float)s.l2))),
};
display($"{candidates.Length} model families in the search space");

// ## 3. Run the search
//
// At most 40 trials, and early stopping after 12 trials in a row without improvement. The score is the 5-fold
// cross-validated MAE, lower is better. With the seed, these two limits make the same trials, and the same
// result, come out on every machine, fast or slow. The time budget (5 minutes) is only a safety net: a budget
// that ran out would stop a slow machine's search at another trial than a fast one's, so the lesson's last
// cell says so if it ever happens.
MLCourse.ConsoleDisplay.Heading(2, "3. Run the search");

// ── cell 9 ─────────────────────────────────────────────────────────────────────────────────────────────────
var search = AutoSearch.Run(candidates, CrossValidateCars, higherIsBetter: false,
    budget: TimeSpan.FromMinutes(5), maxTrials: 40, patience: 12, seed: 1);
display($"{search.Trials.Count} trials in {search.Seconds:0} s; the search stopped because {search.StoppedBecause}. Best: {search.Best.Candidate}, MAE {search.Best.Score} MPG");

// The **leaderboard**, best first (each trial's settings, its cross-validated MAE with the spread over the
// folds, and its time):

// ── cell 11 ────────────────────────────────────────────────────────────────────────────────────────────────
display(search.ToLeaderboard("MAE").Head(8));

// **What to notice.** The top of the board belongs to one family: the search quickly found that boosted trees
// suit this data, and spent most of its trials there. The top few trials are within a standard deviation of
// each other, as in lesson 05: many settings are about equally good. Slow trials are not better ones: look at
// the seconds column.
MLCourse.ConsoleDisplay.Notice("The top of the board belongs to one family: the search quickly found that boosted trees suit this data, and spent most of its trials there. The top few trials are within a standard deviation of each other, as in lesson 05: many settings are about equally good. Slow trials are not better ones: look at the seconds column.");

// ── cell 13 ────────────────────────────────────────────────────────────────────────────────────────────────
display(search.PlotProgress("Automated search on Auto MPG: each trial, and the best so far", "cross-validated MAE (MPG)"));

// **What to notice.** The black line is the best score found so far, so it can only step down. Here it hardly
// moves: the very first boosted-trees trial (2.0035) was already as good as this search gets, and trial 7
// improved on it by two thousandths of an MPG. The twelve trials after that all scored worse, which is
// exactly when early stopping ends the search. On small data a search often finds its best early, which is
// why stopping early saves most of the time a fixed, large number of trials would spend.
//
// How did the other families do? Each family's number of trials and its best cross-validated MAE:
MLCourse.ConsoleDisplay.Notice("The black line is the best score found so far, so it can only step down. Here it hardly moves: the very first boosted-trees trial (2.0035) was already as good as this search gets, and trial 7 improved on it by two thousandths of an MPG. The twelve trials after that all scored worse, which is exactly when early stopping ends the search. On small data a search often finds its best early, which is why stopping early saves most of the time a fixed, large number of trials would spend.");

// ── cell 15 ────────────────────────────────────────────────────────────────────────────────────────────────
var families = search.Trials.GroupBy(t => t.Candidate)   // one row per model family: how often it was tried, and its best trial
    .Select(family => (name: family.Key, trials: family.Count(), best: family.MinBy(t => t.Score.Mean)!))
    .OrderBy(f => f.best.Score.Mean).ToList();
double FamilyBest(string prefix) => families.Single(f => f.name.StartsWith(prefix)).best.Score.Mean;
display(families.Select(f => new { family = f.name, f.trials, bestMae = f.best.Score.Mean.ToString("0.000"), bestSettings = f.best.Settings.ToString() }).ToDataFrame());

// **What to notice.** The trees lead at 2.002, and after two or three tries of each other family the search
// spent its trials on them. The random forest is close (2.120). The two linear families trail, but by about
// half an MPG, not more: ML.NET's iterative linear trainers need centred features to reach their best fit
// (lesson 05), and these are z-scores. The Poisson regression (2.246) beats the linear one (2.559) because it
// predicts exp(w·x + b): each feature changes the MPG by a percentage rather than by a fixed amount, which
// bends the prediction much as lesson 05's squared columns did. Poisson regression is made for counts; here
// it serves only for that shape.
//
// The linear family's trials, both of them:
MLCourse.ConsoleDisplay.Notice("The trees lead at 2.002, and after two or three tries of each other family the search spent its trials on them. The random forest is close (2.120). The two linear families trail, but by about half an MPG, not more: ML.NET's iterative linear trainers need centred features to reach their best fit (lesson 05), and these are z-scores. (More in the lesson's text.)");

// ── cell 17 ────────────────────────────────────────────────────────────────────────────────────────────────
display(search.Trials.Where(t => t.Candidate.StartsWith("linear"))
    .Select(t => new { trial = t.Number, settings = t.Settings.ToString(), mae = t.Score.Mean.ToString("0.000") }).ToDataFrame());

// **What to notice.** Neither linear trial drew the squared columns, so the search never tried them, although
// with them lesson 05's linear regression reached 2.15, better than the Poisson regression here. A family
// that the search tries only twice can be underrated: one reason real AutoML systems spread their early
// trials more widely, and one reason to read a search's trials, not only its winner.
//
// ## 4. Did it beat the human?
//
// Lesson 05's hand-tuned winner (4 leaves, learning rate 0.1, 100 trees, found by a random search of 8 trials
// over a grid *we* chose) is scored again here, with the same cross-validation:
MLCourse.ConsoleDisplay.Notice("Neither linear trial drew the squared columns, so the search never tried them, although with them lesson 05's linear regression reached 2.15, better than the Poisson regression here. A family that the search tries only twice can be underrated: one reason real AutoML systems spread their early trials more widely, and one reason to read a search's trials, not only its winner.");
MLCourse.ConsoleDisplay.Heading(2, "4. Did it beat the human?");

// ── cell 19 ────────────────────────────────────────────────────────────────────────────────────────────────
var handTuned = CrossValidateCars(PrepareCars(carFeatures).Append(ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
    { LabelColumnName = "Miles_per_Gallon", NumberOfLeaves = 4, LearningRate = 0.1, NumberOfTrees = 100, MinimumExampleCountPerLeaf = 5, NumberOfThreads = 1 })));
display(new[]
{
    new { model = "lesson 05, hand-tuned boosted trees", crossValidatedMae = handTuned.ToString(), trials = 8 },
    new { model = $"AutoSearch: {search.Best.Candidate}", crossValidatedMae = search.Best.Score.ToString(), trials = search.Trials.Count },
}.ToDataFrame());

// **What to notice.** The two are within a small fraction of a standard deviation: a tie. That is the honest
// reading. A search that tries more settings will usually find a slightly better cross-validated score by
// luck alone (the "best of many" effect from lesson 05's exercise), so a tiny win is not evidence of a better
// model. What AutoML bought us is the same quality *without* having to know which family and which ranges to
// try.
//
// ## 5. One look at the test set
//
// As in lesson 05, the chosen pipeline is fitted on all the training cars and scored once on the held-out
// test cars:
MLCourse.ConsoleDisplay.Notice("The two are within a small fraction of a standard deviation: a tie. That is the honest reading. A search that tries more settings will usually find a slightly better cross-validated score by luck alone (the \"best of many\" effect from lesson 05's exercise), so a tiny win is not evidence of a better model. What AutoML bought us is the same quality without having to know which family and which ranges to try.");
MLCourse.ConsoleDisplay.Heading(2, "5. One look at the test set");

// ── cell 21 ────────────────────────────────────────────────────────────────────────────────────────────────
var autoModel = search.Best.Pipeline.Fit(trainCars);
var autoTest = RegressionReport.From(autoModel.Transform(carSplit.TestSet), "Miles_per_Gallon");
display($"AutoSearch's model on the test cars: MAE {autoTest.MeanAbsoluteError:0.00} MPG, R² {autoTest.RSquared:0.000}");

// ## 6. The same experiment with Microsoft.ML.AutoML
//
// Where the `Microsoft.ML.AutoML` package can be restored (it is not part of this course's pinned set), the
// whole of sections 1 to 3 is a few lines. This listing is **not executed** here:
//
// ```csharp
// // in a project: dotnet add package Microsoft.ML.AutoML   (in a notebook, the usual #r line)
// using Microsoft.ML.AutoML;
//
// var settings = new RegressionExperimentSettings
// {
//     MaxExperimentTimeInSeconds = 60,
//     OptimizingMetric = RegressionMetric.MeanAbsoluteError,
// };
// var experiment = ml.Auto().CreateRegressionExperiment(settings);
// var result = experiment.Execute(trainCars, numberOfCVFolds: 5, labelColumnName: "Miles_per_Gallon");
//
// var best = result.BestRun;
// Console.WriteLine($"{best.TrainerName}: MAE {best.Results.Average(r => r.ValidationMetrics.MeanAbsoluteError):0.00}");
// ITransformer model = best.Results.First().Model;   // or refit best.Estimator on all of trainCars
// ```
//
// AutoML chooses the featurization itself (it infers column purposes from the data), searches more trainers
// (LightGBM among them), and uses a smarter tuner. The newer API (`ml.Auto().CreateExperiment()` with
// `SetPipeline`, `SetRegressionMetric`, `SetTrainingTimeInSeconds` and `SetDataset(data, fold: 5)`) lets you
// define the search space yourself, much like the candidates above.
//
// **Coming from Python.** This is `auto-sklearn`, `FLAML` (whose cost-frugal tuner ML.NET's AutoML adopted)
// or `TPOT`; the course's `AutoSearch` is close to `RandomizedSearchCV` run over several estimators with a
// time limit.
//
// ## 7. The bar
//
// The search must match lesson 05's hand-tuned model within noise (a tenth of an MPG, well under the folds'
// spread), and the Poisson regression must beat the linear one, as section 3 says. If the safety budget cut
// the search short, the cell says so: the search's numbers are then not the ones the course publishes.
MLCourse.ConsoleDisplay.Heading(2, "7. The bar");

// ── cell 23 ────────────────────────────────────────────────────────────────────────────────────────────────
var failures = new List<string>();
if (search.Best.Score.Mean > handTuned.Mean + 0.1) failures.Add($"AutoSearch's best MAE {search.Best.Score.Mean:0.000} is worse than the hand-tuned {handTuned.Mean:0.000} + 0.1");
if (FamilyBest("Poisson") >= FamilyBest("linear")) failures.Add($"the Poisson regression's best MAE ({FamilyBest("Poisson"):0.000}) should beat the linear regression's ({FamilyBest("linear"):0.000})");
if (search.BudgetRanOut)
    Console.WriteLine($"Note: the 5-minute safety budget ran out after {search.Trials.Count} trials, before the trial limit or early stopping " +
        "ended the search: this machine is much slower than the course's, and the search's results below are not the published ones.");
if (failures.Count > 0)
    throw new InvalidOperationException("Quality bar missed: " + string.Join("; ", failures) + ".");
MLCourse.Course.Publish("automl_cv_mae", search.Best.Score.Mean);
MLCourse.Course.Publish("handtuned_cv_mae", handTuned.Mean);
MLCourse.Course.Publish("automl_trials", search.Trials.Count);
MLCourse.Course.Publish("poisson_best_cv_mae", FamilyBest("Poisson"));
MLCourse.Course.Publish("linear_best_cv_mae", FamilyBest("linear"));
MLCourse.Course.Publish("automl_test_mae", autoTest.MeanAbsoluteError);
MLCourse.Course.PublishTiming("automl_seconds", search.Seconds);

// ## Exercises
//
// Replace the `null` in each answer cell, run it, then run the check below it. `Hint()` and `Solution()` help
// when you need them.
MLCourse.ConsoleDisplay.Heading(2, "Exercises");

// ── cell 25 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).

// ### Exercise 06.1 · When does early stopping stop?
//
// Write the early-stopping rule as a function. It gets the scores of the trials in the order they ran (lower
// is better) and returns how many trials run before the search stops, with a patience of **3**: the search
// stops right after the third trial in a row that does not beat the best score so far (an equal score is no
// improvement). If that never happens, all the trials run. For example `[5, 6, 7, 8, 1]` gives 4.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 06.1 · When does early stopping stop?");

// ── cell 27 · your answer to exercise 06.1 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<double[], int>? trialsRun = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 28 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson06.TrialsRun.Check(trialsRun));

// ### Exercise 06.2 · Search the columns too
//
// The app of lesson 07 has to send all seven inputs for every car. A leaner model would ask for fewer. Find a
// pipeline that needs **at most three** of the car's columns and still has a cross-validated MAE of **at most
// 2.45 MPG** (the search above used all seven). Which three? Lesson 03's correlations are one guide, but they
// can mislead: let a search decide. A candidate's settings can choose the columns as well as the
// hyperparameters, for instance `columns = Pick(r, "Weight_in_lbs+Horsepower+Displacement", …)`, and
// `AutoSearch.Run` does the rest, as in section 3.
//
// Hand over the best **pipeline** (an estimator, not fitted). The checker fits it, counts the columns it
// needs (a column counts as soon as the pipeline reads it), and cross-validates it on the training cars with
// folds of its own, different from the search's: it never looks at the test cars.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 06.2 · Search the columns too");

// ── cell 30 · your answer to exercise 06.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
IEstimator<ITransformer>? leanPipeline = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 31 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson06.LeanPipeline.Check(leanPipeline));

// ### Exercise 06.3 · What AutoML cannot do for you
//
// AutoML found a good model in under a minute. Name at least two decisions in this course's lessons that it
// could not have made for you, and why.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 06.3 · What AutoML cannot do for you");

// ── cell 33 · your answer to exercise 06.3 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string? whatAutoMlCannotDo = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 34 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson06.WhatAutoMlCannotDo.Check(whatAutoMlCannotDo));

// Your progress so far:

// ── cell 36 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ## Summary
//
// - AutoML automates the loop of lesson 05: model families × hyperparameters (× features), each scored by
//   cross-validation, within a time budget, with early stopping.
// - On Auto MPG, a short search, bounded by its number of trials so that it gives the same result on every
//   machine, ties lesson 05's hand-tuned model: same quality, without knowing in advance which family and
//   ranges to try.
// - Read the leaderboard with the spread in mind: the top trials are usually a tie, and the best of many is
//   flattered by luck.
// - AutoML does not define the problem, choose the metric, find leaks or decide what the model may use: those
//   stay your job.
//
// **Next:** [07 · Models on the edge](07-edge-deployment.cs): save the model, export it to ONNX and measure
// how fast it predicts.

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
