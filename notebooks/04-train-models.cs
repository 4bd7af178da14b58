// 04 · Select and train models
// Lesson 04 of Machine Learning with C# as a .NET 10 file-based app: the notebook's code, run as one program.
//
// Run it from the course folder (or from anywhere, with the path to this file: it finds the data itself); the
// .NET 10 SDK is all it needs:
//     dotnet run --file notebooks/04-train-models.cs
// It prints what the notebook shows under a cell: values and tables as text, each chart as an HTML file (it
// prints the file's path: open it in a browser). To do an exercise, replace the null in its answer cell and
// run it again; or, quicker, do the exercises in notebooks/04-train-models.exercises.cs: the same exercises
// and checks without the rest of the lesson, so each try takes seconds.
//
// Made from notebooks/04-train-models.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 04
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

// # 04 · Select and train models
//
// The exploration in lesson 03 suggested three kinds of questions, and each has its own kind of model:
//
// | kind | question | the answer is | learns from | example here |
// |---|---|---|---|---|
// | **classification** | which class? | a label | labelled examples (*supervised*) | penguin species from measurements |
// | **regression** | how much? | a number | labelled examples (*supervised*) | a car's fuel economy |
// | **clustering** | which examples belong together? | a group number | no labels (*unsupervised*) | groups of similar penguins |
//
// **You will learn to**
//
// - split data into training and test sets, stratified by class, with a fixed seed;
// - build an ML.NET pipeline: prepare the features, train, predict;
// - train four classifiers (a decision tree, a linear SVM, k-nearest neighbours, logistic regression), read a
//   tree's rules, and compare the classifiers on the same test set, with an interval for each score;
// - train two regressors (linear regression and boosted trees), and check the linear one against the exact
//   least-squares fit;
// - cluster without labels with k-means: restarts, inertia, and how to choose the number of clusters;
// - make a single prediction with `PredictionEngine`, as an application would.
MLCourse.ConsoleDisplay.Heading(1, "04 · Select and train models");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// The boosted-tree trainers live in their own package:

// ── cell 4 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).

// ── cell 5 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var ml = new MLContext(seed: 1);
var penguins = CourseData.LoadCleanPenguins();
string[] measurements = { "beak_length_mm", "beak_depth_mm", "flipper_length_mm", "body_mass_g" };
display(penguins.Head(3));

// `MLContext` is ML.NET's entry point, like a scikit-learn session: it holds the random seed, so every run
// gives the same numbers. The clean penguins come from lesson 02.
//
// ## 1. Training set and test set
//
// A model is only useful if it works on data it has not seen. So we hold out a **test set** now and do not
// touch it while building models. A **stratified** split keeps each species' share the same in both parts;
// with only 68 Chinstraps, a random split could leave too few of them to test on.
MLCourse.ConsoleDisplay.Heading(2, "1. Training set and test set");

// ── cell 7 ─────────────────────────────────────────────────────────────────────────────────────────────────
var (trainFrame, testFrame) = StratifiedSplit.Split(penguins, "species", testFraction: 0.2, seed: 1);

DataFrame Shares(DataFrame frame, string part) => frame["species"].Cast<string>().GroupBy(s => s).OrderBy(g => g.Key)
    .Select(g => new { part, species = g.Key, penguins = g.Count(), share = Math.Round((double)g.Count() / frame.Rows.Count, 3) }).ToDataFrame();

var shares = Shares(trainFrame, "train");
shares.Append(Shares(testFrame, "test").Rows, inPlace: true);
display(shares);

// **What to notice.** 273 penguins to train on, 69 to test on, and each species has the same share in both. A
// DataFrame is an ML.NET `IDataView`, so the two parts go straight into ML.NET.
//
// ## 2. Classification: four models for the penguin species
//
// An ML.NET **pipeline** chains the steps, like a scikit-learn `Pipeline`. Three of the classifiers below
// share the same preparation:
//
// 1. `MapValueToKey`: turn the species names into the class numbers ML.NET trains on (the *label*);
// 2. `Concatenate`: put the four measurements into one *features* vector;
// 3. `NormalizeMeanVariance` with `fixZero: false`: turn each feature into its z-score (mean 0, standard
//    deviation 1; lesson 02), learned from the training set only, so that body mass in grams does not drown
//    beak depth in millimetres. Without `fixZero: false`, ML.NET would only divide each feature by a number,
//    without centring it.
MLCourse.ConsoleDisplay.Notice("273 penguins to train on, 69 to test on, and each species has the same share in both. A DataFrame is an ML.NET IDataView, so the two parts go straight into ML.NET.");
MLCourse.ConsoleDisplay.Heading(2, "2. Classification: four models for the penguin species");

// ── cell 9 ─────────────────────────────────────────────────────────────────────────────────────────────────
IEstimator<ITransformer> Prepare() =>
    ml.Transforms.Conversion.MapValueToKey("Label", "species")
      .Append(ml.Transforms.Concatenate("Features", measurements))
      .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false));

// Train a classifier on the training set; return its model and its report on the test set.
(ITransformer Model, ClassificationReport Report) TrainAndTest(IEstimator<ITransformer> trainer)
{
    var pipeline = Prepare().Append(trainer).Append(ml.Transforms.Conversion.MapKeyToValue("PredictedSpecies", "PredictedLabel"));
    var model = pipeline.Fit(trainFrame);
    var predicted = model.Transform(testFrame).GetColumn<string>("PredictedSpecies").ToList();
    return (model, ClassificationReport.From(testFrame["species"].Cast<string>().ToList(), predicted));
}

// To see each model at work the way an application would, we ask it about one new penguin with a
// `PredictionEngine`: a typed object in, a typed object out. The input class names the columns it fills; the
// output class reads the prediction:

// ── cell 11 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: PenguinMeasurements and SpeciesPrediction (at the end of the file).
var newPenguin = new PenguinMeasurements { BeakLength = 47.5f, BeakDepth = 15.0f, FlipperLength = 215f, BodyMass = 5200f };
string Ask(ITransformer model) => ml.Model.CreatePredictionEngine<PenguinMeasurements, SpeciesPrediction>(model).Predict(newPenguin).PredictedSpecies;

// ### Logistic regression
//
// Despite its name, **logistic regression** classifies: it learns one weighted sum of the features per class
// and turns the sums into probabilities. ML.NET calls the multi-class version *maximum entropy*; L-BFGS is
// the optimizer.
MLCourse.ConsoleDisplay.Heading(3, "Logistic regression");

// ── cell 13 ────────────────────────────────────────────────────────────────────────────────────────────────
var logistic = TrainAndTest(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy());
display($"logistic regression: test accuracy {logistic.Report.Accuracy:0.000}; the new penguin is a {Ask(logistic.Model)}");

// ### Linear support vector machine
//
// A **linear SVM** draws the straight boundary that keeps the widest margin between two classes. ML.NET's
// `LinearSvm` separates two classes, so `OneVersusAll` trains one per species (that species against the rest)
// and picks the most confident.
MLCourse.ConsoleDisplay.Heading(3, "Linear support vector machine");

// ── cell 15 ────────────────────────────────────────────────────────────────────────────────────────────────
var svm = TrainAndTest(ml.MulticlassClassification.Trainers.OneVersusAll(ml.BinaryClassification.Trainers.LinearSvm(numberOfIterations: 20)));
display($"linear SVM: test accuracy {svm.Report.Accuracy:0.000}; the new penguin is a {Ask(svm.Model)}");

// ### Decision tree
//
// A **decision tree** asks a sequence of yes/no questions about the features ("flipper longer than 206 mm?")
// and answers with the majority class of the leaf it reaches. ML.NET has no single-tree classifier: its
// FastTree trainers build *boosted* ensembles of regression trees (section 3). So the course's helper library
// provides `DecisionTree`, a CART classifier like scikit-learn's `DecisionTreeClassifier` (read it in
// `src/MLCourse/Models/DecisionTree.cs`). At every node it tries each feature and each threshold, and keeps
// the question whose two sides are purest: the lowest *Gini impurity*, the chance that two penguins drawn
// from a side belong to different species. A tree compares one feature at a time with a threshold, so it
// needs no scaling: it gets the raw measurements, and its rules stay in millimetres and grams. We let it ask
// at most 3 questions in a row and keep at least 5 training penguins in every leaf:
MLCourse.ConsoleDisplay.Heading(3, "Decision tree");

// ── cell 17 ────────────────────────────────────────────────────────────────────────────────────────────────
var rawFeatures = ml.Transforms.Concatenate("Features", measurements).Fit(trainFrame);   // no normalizer
var tree = DecisionTree.Fit(rawFeatures.Transform(trainFrame), labelColumn: "species", maxDepth: 3, minLeafSize: 5);
var treeReport = ClassificationReport.From(testFrame["species"].Cast<string>().ToList(), tree.Predict(rawFeatures.Transform(testFrame)));
var treeAnswer = tree.Predict(rawFeatures.Transform(ml.Data.LoadFromEnumerable(new[] { newPenguin })))[0];
display($"decision tree: test accuracy {treeReport.Accuracy:0.000}; the new penguin is a {treeAnswer}");

// The whole model is a handful of rules. Each line is the answer to a question, with the training penguins it
// leads to; a line ending with an arrow is a leaf, and the arrow gives its answer:

// ── cell 19 ────────────────────────────────────────────────────────────────────────────────────────────────
display(tree.ToString());

// **What to notice.** The first question, flipper length ≤ 206 mm, sends 97 of the 98 Gentoo penguins one
// way; among the short-flippered penguins, beak length (43.35 mm) separates Adelie from Chinstrap, as lesson
// 03's charts suggested, and among the long-flippered penguins a deep beak marks the few that are not Gentoo.
// The third level is weaker: two questions end in two leaves with the *same* answer. They made the leaves
// purer, which is what the tree optimizes, but they change no prediction. Reading a model like this is the
// main reason to use a single tree.
MLCourse.ConsoleDisplay.Notice("The first question, flipper length ≤ 206 mm, sends 97 of the 98 Gentoo penguins one way; among the short-flippered penguins, beak length (43.35 mm) separates Adelie from Chinstrap, as lesson 03's charts suggested, and among the long-flippered penguins a deep beak marks the few that are not Gentoo. The third level is weaker: two questions end in two leaves with the same answer. They made the leaves purer, which is what the tree optimizes, but they change no prediction. (More in the lesson's text.)");

// ### k-nearest neighbours
//
// **k-NN** keeps the training penguins and classifies a new one by a vote of the *k* most similar ones
// (nearest in the z-scores of the four measurements). ML.NET has no k-NN trainer, so the course's helper
// library provides `KNearestNeighbors`, a small class (read it in
// `src/MLCourse/Models/KNearestNeighbors.cs`). It uses the same preparation pipeline for its features, fitted
// on the training set:
MLCourse.ConsoleDisplay.Heading(3, "k-nearest neighbours");

// ── cell 22 ────────────────────────────────────────────────────────────────────────────────────────────────
var preparation = Prepare().Fit(trainFrame);
var knn = KNearestNeighbors.Fit(preparation.Transform(trainFrame), featuresColumn: "Features", labelColumn: "species", k: 5);
var knnPredicted = knn.Predict(preparation.Transform(testFrame));
var knnReport = ClassificationReport.From(testFrame["species"].Cast<string>().ToList(), knnPredicted);

// One prediction: prepare the new penguin's features the same way, then ask the neighbours.
var newFeatures = preparation.Transform(ml.Data.LoadFromEnumerable(new[] { newPenguin })).GetColumn<VBuffer<float>>("Features").First().DenseValues().ToArray();
display($"k-NN (k = 5): test accuracy {knnReport.Accuracy:0.000}; the new penguin is a {knn.Predict(newFeatures)}");

// ### Comparing the classifiers
MLCourse.ConsoleDisplay.Heading(3, "Comparing the classifiers");

// ── cell 24 ────────────────────────────────────────────────────────────────────────────────────────────────
var classifiers = new[] { ("logistic regression", logistic.Report), ("linear SVM", svm.Report), ("decision tree", treeReport), ("k-NN, k = 5", knnReport) }
    .Select(m => (Name: m.Item1, Report: m.Item2, Interval: BootstrapInterval.OfMean(m.Item2.Correct.Select(c => c ? 1.0 : 0.0).ToList())))
    .Select(m => new { model = m.Name, accuracy = Math.Round(m.Report.Accuracy, 3), low95 = Math.Round(m.Interval.Low, 3), high95 = Math.Round(m.Interval.High, 3),
        macroF1 = Math.Round(m.Report.MacroF1, 3), errors = m.Report.Correct.Count(c => !c) })
    .ToDataFrame();
display(classifiers);

// **What to notice.** Three models make one mistake in 69 penguins and the decision tree three: the
// measurements separate the species well (lesson 03's charts showed it). Every model agreed about the new
// penguin: long beak, shallow beak, long flippers, heavy, a Gentoo. The columns `low95` and `high95` hold a
// 95% **bootstrap interval** for each accuracy (`BootstrapInterval`, in the helper library): draw 69 penguins
// from the 69 with replacement, many times, and see where the accuracy lands. With so few test penguins the
// intervals are wide, 0.957 to 1 for the three best models and 0.899 to 1 for the tree, and they overlap: one
// mistake moves accuracy by 1.4 points, and these four models cannot be ranked on this test set. Lesson 05
// compares them more carefully, with cross-validation.
//
// The confusion matrix shows *which* mistakes a model makes (actual species down, predicted across). The
// decision tree's:
MLCourse.ConsoleDisplay.Notice("Three models make one mistake in 69 penguins and the decision tree three: the measurements separate the species well (lesson 03's charts showed it). Every model agreed about the new penguin: long beak, shallow beak, long flippers, heavy, a Gentoo. The columns low95 and high95 hold a 95% bootstrap interval for each accuracy (BootstrapInterval, in the helper library): draw 69 penguins from the 69 with replacement, many times, and see where the accuracy lands. (More in the lesson's text.)");

// ── cell 26 ────────────────────────────────────────────────────────────────────────────────────────────────
display(treeReport.PlotConfusionMatrix("Decision tree: actual against predicted species"));

// **What to notice.** All 3 of the tree's mistakes are between Adelie and Chinstrap, the two species that
// overlap in everything but beak length (lesson 03): two Adelie penguins taken for Chinstraps, one Chinstrap
// for an Adelie. Every Gentoo is right. The diagonal holds the correct predictions; a perfect model leaves
// every other cell at 0.
MLCourse.ConsoleDisplay.Notice("All 3 of the tree's mistakes are between Adelie and Chinstrap, the two species that overlap in everything but beak length (lesson 03): two Adelie penguins taken for Chinstraps, one Chinstrap for an Adelie. Every Gentoo is right. The diagonal holds the correct predictions; a perfect model leaves every other cell at 0.");

// ## 3. Regression: fuel economy
//
// Now a number: the miles per gallon of a car, from its engine, weight, age and origin. Rows without a known
// fuel economy or horsepower cannot be used for training, and the model year becomes a number:
MLCourse.ConsoleDisplay.Heading(2, "3. Regression: fuel economy");

// ── cell 29 ────────────────────────────────────────────────────────────────────────────────────────────────
var cars = CourseData.LoadCars();
var known = cars.Filter(cars["Miles_per_Gallon"].ElementwiseIsNotNull());
known = known.Filter(known["Horsepower"].ElementwiseIsNotNull());
known.Columns.Add(new SingleDataFrameColumn("model_year", known["Year"].Cast<DateTime>().Select(d => (float)d.Year)));
var carSplit = ml.Data.TrainTestSplit(known, testFraction: 0.2, seed: 1);
display($"{known.Rows.Count} cars with known fuel economy and horsepower");

// The preparation adds one step: `Origin` is a category, so it is one-hot encoded (lesson 02) before joining
// the features. Evaluation reports the **mean absolute error** (MAE: how many MPG a prediction is off, on
// average), the **root mean squared error** (RMSE: like MAE but punishing big misses more) and **R²** (the
// share of the variation in MPG the model explains; 1 is perfect).

// ── cell 31 ────────────────────────────────────────────────────────────────────────────────────────────────
string[] carFeatures = { "Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "model_year" };
IEstimator<ITransformer> PrepareCars() =>
    ml.Transforms.Categorical.OneHotEncoding("OriginVector", "Origin")
      .Append(ml.Transforms.Concatenate("Features", carFeatures.Append("OriginVector").ToArray()))
      .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false));

(ITransformer Model, RegressionMetrics Metrics) TrainRegressor(IEstimator<ITransformer> trainer)
{
    var model = PrepareCars().Append(trainer).Fit(carSplit.TrainSet);
    return (model, ml.Regression.Evaluate(model.Transform(carSplit.TestSet), labelColumnName: "Miles_per_Gallon"));
}

// **Linear regression** fits one weight per feature: predicted MPG = a weighted sum of the features plus a
// constant. ML.NET's SDCA trainer finds the weights by iterating (with one thread, so the result repeats
// exactly):

// ── cell 33 ────────────────────────────────────────────────────────────────────────────────────────────────
var linear = TrainRegressor(ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options { LabelColumnName = "Miles_per_Gallon", NumberOfThreads = 1 }));
display($"linear regression: MAE {linear.Metrics.MeanAbsoluteError:0.00} MPG, RMSE {linear.Metrics.RootMeanSquaredError:0.00} MPG, R² {linear.Metrics.RSquared:0.000}");

// SDCA stops when it judges itself close enough to the best weights. Is it? For linear regression the best
// weights, those with the smallest squared error, have an exact answer, *ordinary least squares*, and the
// course's `LeastSquares` computes it in closed form, with a QR decomposition instead of iterations (read
// `src/MLCourse/Models/LeastSquares.cs`). It needs no scaling, but it refuses redundant columns: the three
// one-hot origin columns always add up to 1, a copy of the constant term, so it gets two indicator columns
// and an American car is the baseline. Its coefficients are in the features' own units:

// ── cell 35 ────────────────────────────────────────────────────────────────────────────────────────────────
var referenceFeatures = ml.Transforms.Expression("from_europe", "o => o == \"Europe\" ? 1.0 : 0.0", "Origin")
    .Append(ml.Transforms.Expression("from_japan", "o => o == \"Japan\" ? 1.0 : 0.0", "Origin"))
    .Append(ml.Transforms.Concatenate("Features", carFeatures.Concat(new[] { "from_europe", "from_japan" }).ToArray()))
    .Fit(carSplit.TrainSet);
var leastSquares = LeastSquares.Fit(referenceFeatures.Transform(carSplit.TrainSet), labelColumn: "Miles_per_Gallon");
display(leastSquares.ToDataFrame());

// **What to notice.** Each coefficient says how the prediction moves when one feature grows by 1 and the
// others stay put: −0.0068 MPG per pound of weight (−6.8 MPG per 1,000 lb), +0.76 MPG per model year, and
// +2.5 MPG for a European car and +2.7 for a Japanese one, compared with an American car of the same
// specifications. Correlated features share the credit in ways that are hard to read: displacement gets a
// small *positive* coefficient (+0.024 MPG per cubic inch), although bigger engines burn more fuel, because
// cylinders, horsepower and weight already carry most of that. The intercept (−1454) is the prediction for a
// weightless car built in the year 0: meaningless on its own, it only places the plane.
//
// Now the check: does SDCA predict what the exact fit predicts?
MLCourse.ConsoleDisplay.Notice("Each coefficient says how the prediction moves when one feature grows by 1 and the others stay put: −0.0068 MPG per pound of weight (−6.8 MPG per 1,000 lb), +0.76 MPG per model year, and +2.5 MPG for a European car and +2.7 for a Japanese one, compared with an American car of the same specifications. (More in the lesson's text.)");

// ── cell 37 ────────────────────────────────────────────────────────────────────────────────────────────────
var testMpg = carSplit.TestSet.GetColumn<float>("Miles_per_Gallon").ToList();
var leastSquaresErrors = testMpg.Zip(leastSquares.Predict(referenceFeatures.Transform(carSplit.TestSet)), (actual, predicted) => Math.Abs(actual - predicted)).ToList();
var sdcaScores = linear.Model.Transform(carSplit.TestSet).GetColumn<float>("Score").ToList();
var linearErrors = testMpg.Zip(sdcaScores, (actual, predicted) => (double)Math.Abs(actual - predicted)).ToList();
var predictionGaps = sdcaScores.Zip(leastSquares.Predict(referenceFeatures.Transform(carSplit.TestSet)), (a, b) => Math.Abs(a - b)).ToList();
var sdcaGap = linearErrors.Average() / leastSquaresErrors.Average() - 1;
if (Math.Abs(sdcaGap) > 0.01)
    throw new InvalidOperationException($"SDCA's test MAE ({linearErrors.Average():0.000}) should be within 1% of the least-squares fit's ({leastSquaresErrors.Average():0.000}); it is {sdcaGap:+0.0%;-0.0%} off. Are the features centred (fixZero: false)?");
display($"test MAE: SDCA {linearErrors.Average():0.000} MPG, least squares {leastSquaresErrors.Average():0.000} MPG ({sdcaGap:+0.00%;-0.00%}); on the {testMpg.Count} test cars their predictions differ by {predictionGaps.Average():0.00} MPG on average, {predictionGaps.Max():0.00} at most");

// **What to notice.** SDCA's test MAE is within 0.2% of the exact fit's, and its predictions are 0.08 MPG
// from the exact ones on average (0.39 at most): SDCA has reached the least-squares fit, and the cell throws
// if the gap ever exceeds 1%. That needed the centred z-scores: on features scaled without centring (ML.NET's
// default), the same trainer settles on a penalised fit that has lost the model year, as lesson 05 shows.
MLCourse.ConsoleDisplay.Notice("SDCA's test MAE is within 0.2% of the exact fit's, and its predictions are 0.08 MPG from the exact ones on average (0.39 at most): SDCA has reached the least-squares fit, and the cell throws if the gap ever exceeds 1%. That needed the centred z-scores: on features scaled without centring (ML.NET's default), the same trainer settles on a penalised fit that has lost the model year, as lesson 05 shows.");

// **Boosted trees** (FastTree: 100 small regression trees, each one fitted to the errors the ones before it
// still make) can follow the curve lesson 03 showed:

// ── cell 40 ────────────────────────────────────────────────────────────────────────────────────────────────
var boosted = TrainRegressor(ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options { LabelColumnName = "Miles_per_Gallon", NumberOfTrees = 100, NumberOfLeaves = 10, MinimumExampleCountPerLeaf = 5, LearningRate = 0.1, NumberOfThreads = 1 }));
display($"boosted trees: MAE {boosted.Metrics.MeanAbsoluteError:0.00} MPG, RMSE {boosted.Metrics.RootMeanSquaredError:0.00} MPG, R² {boosted.Metrics.RSquared:0.000}");

// One prediction, as an application would ask it: a 1980 four-cylinder Japanese car of 2,300 lb.

// ── cell 42 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: CarSpecification and MpgPrediction (at the end of the file).
var newCar = new CarSpecification { Cylinders = 4, Displacement = 110, Horsepower = 75, Weight_in_lbs = 2300, Acceleration = 16, model_year = 1980, Origin = "Japan" };
float AskMpg(ITransformer model) => ml.Model.CreatePredictionEngine<CarSpecification, MpgPrediction>(model).Predict(newCar).Mpg;
display($"linear regression says {AskMpg(linear.Model):0.0} MPG; the boosted trees say {AskMpg(boosted.Model):0.0} MPG");

// How close are the predictions? Each test car as a point: actual MPG across, predicted MPG up. A perfect
// model puts every point on the diagonal.

// ── cell 44 ────────────────────────────────────────────────────────────────────────────────────────────────
var scored = boosted.Model.Transform(carSplit.TestSet);
var actualVsPredicted = new DataFrame(
    new SingleDataFrameColumn("actual MPG", scored.GetColumn<float>("Miles_per_Gallon")),
    new SingleDataFrameColumn("predicted MPG", scored.GetColumn<float>("Score")));
display(actualVsPredicted.PlotScatter("actual MPG", "predicted MPG", title: "Boosted trees: predicted against actual fuel economy (test cars)"));

// **What to notice.** The points hug the diagonal, spreading a little for the most economical cars, of which
// there are few to learn from.
//
// On 84 test cars, how sure are the two models' scores? A bootstrap interval again, for each mean error.
// Because both models predicted the *same* cars, their difference gets its own interval, from the car-by-car
// differences: resampling pairs of errors keeps what the cars share (a car that is hard to predict is hard
// for both models).
MLCourse.ConsoleDisplay.Notice("The points hug the diagonal, spreading a little for the most economical cars, of which there are few to learn from.");

// ── cell 46 ────────────────────────────────────────────────────────────────────────────────────────────────
var boostedErrors = testMpg.Zip(boosted.Model.Transform(carSplit.TestSet).GetColumn<float>("Score"), (actual, predicted) => (double)Math.Abs(actual - predicted)).ToList();
display(new[] { ("linear regression", BootstrapInterval.OfMean(linearErrors)), ("boosted trees", BootstrapInterval.OfMean(boostedErrors)),
        ("linear minus boosted, car by car", BootstrapInterval.OfDifference(linearErrors, boostedErrors)) }
    .Select(m => new { model = m.Item1, testMae = Math.Round(m.Item2.Estimate, 2), low95 = Math.Round(m.Item2.Low, 2), high95 = Math.Round(m.Item2.High, 2) })
    .ToDataFrame());

// **What to notice.** The boosted trees are off by 2.05 MPG on average and the linear model by 2.46: the
// relationship bends (lesson 03), and trees can bend with it. But 84 cars is not many. Each model's interval
// is almost 1 MPG wide, and the car-by-car difference, 0.41 MPG in favour of the boosted trees, has an
// interval from −0.02 to 0.83 that just includes 0: this test set alone does not show that the boosted trees
// are better. Lesson 05 settles it with cross-validation.
//
// ## 4. Clustering: groups without labels
//
// Now forget the species. Can an algorithm find groups in the measurements alone? **k-means** places *k*
// centres and assigns each penguin to the nearest, moving the centres until they settle. It measures plain
// distances, so the four measurements go in as z-scores, each with the same spread. Where k-means ends up
// depends on where it starts: ML.NET starts from *k-means++* (random centres, spread out) and runs once per
// seed. So run it from 10 seeds, asking for 3 groups, and compare the runs by their **inertia**, the sum of
// squared distances from each penguin to its centre (what k-means minimizes: lower is better), and by their
// **purity**, the share of penguins that belong to their cluster's most common species (which we can compute
// only because here we happen to know the species). `ClusterQuality`, in the helper library, computes both.
MLCourse.ConsoleDisplay.Notice("The boosted trees are off by 2.05 MPG on average and the linear model by 2.46: the relationship bends (lesson 03), and trees can bend with it. But 84 cars is not many. Each model's interval is almost 1 MPG wide, and the car-by-car difference, 0.41 MPG in favour of the boosted trees, has an interval from −0.02 to 0.83 that just includes 0: this test set alone does not show that the boosted trees are better. Lesson 05 settles it with cross-validation.");
MLCourse.ConsoleDisplay.Heading(2, "4. Clustering: groups without labels");

// ── cell 48 ────────────────────────────────────────────────────────────────────────────────────────────────
var zScores = ml.Transforms.Concatenate("Features", measurements).Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))
    .Fit(penguins).Transform(penguins);

(ITransformer Model, ClusterQuality Quality) ClusterPenguins(int k, int seed)
{
    var context = new MLContext(seed: seed);
    var model = context.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        { NumberOfClusters = k, InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus, NumberOfThreads = 1 }).Fit(zScores);
    return (model, ClusterQuality.Of(model.Transform(zScores), classColumn: "species"));
}

var kMeansRuns = Enumerable.Range(1, 10).Select(seed => (Seed: seed, Run: ClusterPenguins(3, seed))).ToList();
display(kMeansRuns.Select(r => new { seed = r.Seed, inertia = Math.Round(r.Run.Quality.Inertia, 1), purity = Math.Round(r.Run.Quality.Purity!.Value, 3) }).ToDataFrame());

// **What to notice.** The runs do not agree. Six of the ten reach an inertia of 379.4 and three 381.1; one,
// seed 4, stops at 486.2 with a purity of 0.801: a worse *local optimum*. k-means only ever promises a local
// optimum, so run it several times and keep the run with the lowest inertia (scikit-learn's `KMeans` does
// this when you pass `n_init=10`; since version 1.4 its default, `n_init='auto'`, makes a single k-means++
// run). Notice too that the lowest inertia (379.4, purity 0.915 or 0.918) does not give the highest purity
// (0.962, at 381.1): k-means looks for compact groups, not for the species.
MLCourse.ConsoleDisplay.Notice("The runs do not agree. Six of the ten reach an inertia of 379.4 and three 381.1; one, seed 4, stops at 486.2 with a purity of 0.801: a worse local optimum. k-means only ever promises a local optimum, so run it several times and keep the run with the lowest inertia (scikit-learn's KMeans does this when you pass n_init=10; since version 1.4 its default, n_init='auto', makes a single k-means++ run). (More in the lesson's text.)");

// ── cell 50 ────────────────────────────────────────────────────────────────────────────────────────────────
var species = penguins["species"].Cast<string>().ToList();
DataFrame SpeciesByCluster(IReadOnlyList<uint> clusterOf) => species.Zip(clusterOf).GroupBy(p => p.Second).OrderBy(g => g.Key)
    .Select(g => new { cluster = (int)g.Key, penguins = g.Count(), Adelie = g.Count(p => p.First == "Adelie"), Chinstrap = g.Count(p => p.First == "Chinstrap"), Gentoo = g.Count(p => p.First == "Gentoo") })
    .ToDataFrame();

var bestRun = kMeansRuns.MinBy(r => r.Run.Quality.Inertia).Run;
var clusters = bestRun.Model.Transform(zScores).GetColumn<uint>("PredictedLabel").ToList();
display(SpeciesByCluster(clusters));

// **What to notice.** The best run (the lowest inertia) finds one cluster of exactly the 123 Gentoo penguins,
// one of 127 Adelie and 5 Chinstrap penguins, and one of 63 Chinstrap and 24 Adelie penguins: a purity of
// 0.915. Without any labels, k-means came close to the three species, but not all the way: Adelie and
// Chinstrap overlap in three of the four measurements and differ mainly in beak length, which is only one of
// the four distances k-means adds up.
//
// And the worst run, the one that stopped at the highest inertia:
MLCourse.ConsoleDisplay.Notice("The best run (the lowest inertia) finds one cluster of exactly the 123 Gentoo penguins, one of 127 Adelie and 5 Chinstrap penguins, and one of 63 Chinstrap and 24 Adelie penguins: a purity of 0.915. Without any labels, k-means came close to the three species, but not all the way: Adelie and Chinstrap overlap in three of the four measurements and differ mainly in beak length, which is only one of the four distances k-means adds up.");

// ── cell 52 ────────────────────────────────────────────────────────────────────────────────────────────────
var worstRun = kMeansRuns.MaxBy(r => r.Run.Quality.Inertia);
display($"seed {worstRun.Seed}: inertia {worstRun.Run.Quality.Inertia:0.0}, purity {worstRun.Run.Quality.Purity:0.000}");
display(SpeciesByCluster(worstRun.Run.Model.Transform(zScores).GetColumn<uint>("PredictedLabel").ToList()));

// **What to notice.** Seed 4's run put all 151 Adelie penguins and 67 of the 68 Chinstraps into one cluster,
// and split the Gentoo penguins in two. "k-means merges Adelie and Chinstrap" is a story often told about
// these penguins, but here it is a *worse* local optimum (inertia 486.2 against 379.4), not what k-means
// finds at its best. Restart k-means and compare the inertias before drawing conclusions from its clusters.
MLCourse.ConsoleDisplay.Notice("Seed 4's run put all 151 Adelie penguins and 67 of the 68 Chinstraps into one cluster, and split the Gentoo penguins in two. \"k-means merges Adelie and Chinstrap\" is a story often told about these penguins, but here it is a worse local optimum (inertia 486.2 against 379.4), not what k-means finds at its best. Restart k-means and compare the inertias before drawing conclusions from its clusters.");

// ── cell 54 ────────────────────────────────────────────────────────────────────────────────────────────────
var withClusters = penguins.Clone();
withClusters.Columns.Add(new StringDataFrameColumn("cluster", clusters.Select(c => $"cluster {c}")));
display(withClusters.PlotScatter("flipper_length_mm", "beak_length_mm", by: "cluster", title: "k-means clusters of the penguins (no labels used)"));

// ### How many clusters?
//
// Here we knew there are three species. Usually nobody tells you *k*. Two common guides: the **elbow** of the
// inertia curve (inertia always falls as *k* grows, so look for where it stops falling fast), and the
// **silhouette**, which asks each penguin how much closer it is to its own cluster than to the next one, from
// −1 to 1, higher being better separated. For *k* from 1 to 8, the best of 10 runs each (the silhouette needs
// at least 2 clusters):
MLCourse.ConsoleDisplay.Heading(3, "How many clusters?");

// ── cell 56 ────────────────────────────────────────────────────────────────────────────────────────────────
var byK = Enumerable.Range(1, 8).Select(k => Enumerable.Range(1, 10).Select(seed => ClusterPenguins(k, seed).Quality).MinBy(q => q.Inertia)!).ToList();
var choosingK = byK.Select(q => new { k = q.Clusters, inertia = Math.Round(q.Inertia, 1), silhouette = q.Silhouette is double s ? Math.Round(s, 3) : (double?)null, purity = Math.Round(q.Purity!.Value, 3) }).ToDataFrame();
display(choosingK);
display(choosingK.PlotLine("k", "inertia", title: "The elbow: inertia of the best of 10 runs, for each number of clusters", xTitle: "number of clusters k", yTitle: "inertia"));

// **What to notice.** Inertia falls steeply from 1 cluster to 2 (1368 to 566), less to 3 (379), and slowly
// after that: the elbow is at 2, perhaps 3. The silhouette is highest for 2 clusters (0.532, against 0.447
// for 3). Both guides say the clearest structure in these measurements is two groups, not three. The species
// are there, and 3 clusters recover them with a purity of 0.915, but the measurements alone do not insist on
// them. Clustering finds the structure that is strongest in the data, which is not necessarily the one you
// care about: choose *k* with these guides *and* with what the groups are for.
MLCourse.ConsoleDisplay.Notice("Inertia falls steeply from 1 cluster to 2 (1368 to 566), less to 3 (379), and slowly after that: the elbow is at 2, perhaps 3. The silhouette is highest for 2 clusters (0.532, against 0.447 for 3). Both guides say the clearest structure in these measurements is two groups, not three. The species are there, and 3 clusters recover them with a purity of 0.915, but the measurements alone do not insist on them. (More in the lesson's text.)");

// ── cell 58 ────────────────────────────────────────────────────────────────────────────────────────────────
var best = new[] { logistic.Report, svm.Report, treeReport, knnReport }.Max(r => r.Accuracy);
var failures = new List<string>();
if (best < 0.95) failures.Add($"best test accuracy {best:0.000} < 0.95");
if (treeReport.Accuracy < 0.9) failures.Add($"decision tree test accuracy {treeReport.Accuracy:0.000} < 0.9");
if (boosted.Metrics.MeanAbsoluteError > 2.5) failures.Add($"boosted trees' MAE {boosted.Metrics.MeanAbsoluteError:0.00} > 2.5 MPG");
if (linear.Metrics.MeanAbsoluteError > 2.8) failures.Add($"linear MAE {linear.Metrics.MeanAbsoluteError:0.00} > 2.8 MPG");
if (bestRun.Quality.Purity < 0.85) failures.Add($"purity of the best 3-cluster run {bestRun.Quality.Purity:0.000} < 0.85");
if (failures.Count > 0)
    throw new InvalidOperationException("Quality bar missed: " + string.Join("; ", failures) + ". Compare your changes with the lesson's settings.");
MLCourse.Course.Publish("best_test_accuracy", best);
MLCourse.Course.Publish("decision_tree_test_accuracy", treeReport.Accuracy);
MLCourse.Course.Publish("boosted_trees_mae_mpg", boosted.Metrics.MeanAbsoluteError);
MLCourse.Course.Publish("linear_mae_mpg", linear.Metrics.MeanAbsoluteError);
MLCourse.Course.Publish("least_squares_mae_mpg", leastSquaresErrors.Average());
MLCourse.Course.Publish("cluster_inertia", bestRun.Quality.Inertia);
MLCourse.Course.Publish("cluster_purity", bestRun.Quality.Purity!.Value);

// **Coming from Python.** `train_test_split(X, y, stratify=y)` → the course's `StratifiedSplit.Split`;
// `Pipeline([...])` → `a.Append(b)`; `StandardScaler` → `NormalizeMeanVariance(..., fixZero: false)`; `fit` →
// `Fit`, `predict` → `Transform` (a whole data view) or a `PredictionEngine` (one object);
// `LogisticRegression` → `LbfgsMaximumEntropy`; `LinearSVC` → `OneVersusAll(LinearSvm)`;
// `DecisionTreeClassifier` → the course's `DecisionTree` (`export_text` → its `ToString()`);
// `KNeighborsClassifier` → the course's `KNearestNeighbors`; `LinearRegression` → `Sdca` on centred features,
// or the course's `LeastSquares` for the exact fit; `GradientBoostingRegressor` → `FastTree`;
// `KMeans(n_clusters=3, n_init=10)` → ML.NET's `KMeans` with `KMeansPlusPlus`, run once per seed (there is no
// `n_init`: keep the run with the lowest inertia yourself); `silhouette_score` →
// `ClusterQuality.Of(...).Silhouette`; a bootstrap interval → `BootstrapInterval`.

// ## Exercises
//
// Replace the `null` in each answer cell, run it, then run the check below it. `Hint()` and `Solution()` help
// when you need them, for example `Lesson04.BeakClassifier.Hint()`.
MLCourse.ConsoleDisplay.Heading(2, "Exercises");

// ── cell 61 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).

// ### Exercise 04.1 · The baseline to beat
//
// The simplest "model" ignores the measurements and always answers the most common species of the training
// set. Its accuracy is that species' share of the test set, which section 1's table already shows. What is
// its **macro-F1** on the test set, the measure the comparison table gives next to accuracy? (Every real
// model must beat this number to be worth anything, and macro-F1 shows how little a model that never names
// two of the three species has learned.)
MLCourse.ConsoleDisplay.Heading(3, "Exercise 04.1 · The baseline to beat");

// ── cell 63 · your answer to exercise 04.1 ─────────────────────────────────────────────────────────────────
double? baselineMacroF1 = null;

// ── cell 64 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson04.BaselineMacroF1.Check(baselineMacroF1));

// ### Exercise 04.2 · The neighbours' vote
//
// The heart of k-NN is the vote. Write a function that takes the species of the *k* nearest neighbours,
// **nearest first**, and returns the winner: the species with the most votes, and in a tie, the tied species
// whose neighbour is nearest. For example `["Chinstrap", "Adelie"]` gives `"Chinstrap"`.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 04.2 · The neighbours' vote");

// ── cell 66 · your answer to exercise 04.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<string[], string>? neighbourVote = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 67 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson04.NeighbourVote.Check(neighbourVote));

// ### Exercise 04.3 · A classifier from beaks alone
//
// Lesson 03 showed that beak length and beak depth together separate the three species. Build a
// classification **pipeline**, not fitted, that uses **only** `beak_length_mm` and `beak_depth_mm`, ends with
// a `PredictedSpecies` column as `TrainAndTest`'s pipelines do, and reaches at least **90% accuracy**. The
// checker leaves the test set alone: it cross-validates your pipeline on the training penguins (5 folds, each
// fitted on four fifths and scored on the fifth it did not see), with only the two beak columns.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 04.3 · A classifier from beaks alone");

// ── cell 69 · your answer to exercise 04.3 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
IEstimator<ITransformer>? beakPipeline = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 70 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson04.BeakClassifier.Check(beakPipeline));

// ### Exercise 04.4 · Why the clusters mix two species
//
// A classifier tells Adelie from Chinstrap almost perfectly, yet even the best k-means run puts Adelie
// penguins in with the Chinstraps, and some runs merge the two species. In two or three sentences: why?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 04.4 · Why the clusters mix two species");

// ── cell 72 · your answer to exercise 04.4 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string? whyClustersMix = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 73 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson04.WhyClustersMix.Check(whyClustersMix));

// Your progress so far:

// ── cell 75 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ## Summary
//
// - Hold out a **test set** first, stratified by class, with a fixed seed; build everything on the training
//   set.
// - An ML.NET **pipeline** bundles preparation and model, so both are fitted on training data and applied the
//   same way later. For a z-score, `NormalizeMeanVariance` needs `fixZero: false`.
// - On the penguins, the classifiers reach 96% to 99% on the test set, and a **decision tree** does it with
//   rules you can read. With 69 test penguins, each score's 95% interval is several points wide: these models
//   cannot be ranked on this test set.
// - **Linear regression** with SDCA on centred features reaches the exact least-squares fit (checked, within
//   1%). **Boosted trees** predict fuel economy better on this test set (2.05 against 2.46 MPG), but the
//   interval of the difference still includes 0.
// - **k-means** finds a local optimum: restart it and keep the lowest inertia. Its best 3 clusters match the
//   species with a purity of 0.915, yet the elbow and the silhouette prefer 2 clusters: without labels, the
//   strongest structure is not necessarily the one you care about.
// - A single test set gives noisy numbers on small data. **Next:** [05 · Evaluate and
//   optimize](05-evaluate-optimize.cs): cross-validation, better metrics, tuning.

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);

// The types the lesson's cells declare. C# wants a program's types after its statements, so they are here.

// ── cell 11 · its types ────────────────────────────────────────────────────────────────────────────────────
public class PenguinMeasurements
{
    [ColumnName("beak_length_mm")] public float BeakLength { get; set; }
    [ColumnName("beak_depth_mm")] public float BeakDepth { get; set; }
    [ColumnName("flipper_length_mm")] public float FlipperLength { get; set; }
    [ColumnName("body_mass_g")] public float BodyMass { get; set; }
    [ColumnName("species")] public string Species { get; set; } = "";   // unknown: that is what we ask
}

public class SpeciesPrediction
{
    public string PredictedSpecies { get; set; } = "";
    public float[] Score { get; set; } = [];
}

// ── cell 42 · its types ────────────────────────────────────────────────────────────────────────────────────
public class CarSpecification
{
    public float Cylinders { get; set; }
    public float Displacement { get; set; }
    public float Horsepower { get; set; }
    public float Weight_in_lbs { get; set; }
    public float Acceleration { get; set; }
    public float model_year { get; set; }
    public string Origin { get; set; } = "";
}

public class MpgPrediction { [ColumnName("Score")] public float Mpg { get; set; } }
