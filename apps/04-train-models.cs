// 04 · Select and train models
// Lesson 04 of Machine Learning with C# as a .NET 10 file-based app: the notebook's code, run as one program.
//
// Run it from the course folder; the .NET 10 SDK is all it needs:
//     dotnet run --file apps/04-train-models.cs
// It prints what the notebook shows under a cell: values and tables as text, each chart as an HTML file (it
// prints the file's path: open it in a browser). To do an exercise, replace the null in its answer cell and
// run it again.
//
// Made from notebooks/04-train-models.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 04
// and checked by the course's tests to match it. The notebook's text is here as comments, and each notebook
// cell starts at a line like
//     // ── cell 12 ──────

// Build settings: an ordinary program (ML.NET and the course's progress file use reflection, which a trimmed
// or native program would lack), with the notebook kernel's namespaces and nullable rules, where a warning
// never stops a lesson.
#:property PublishAot=false
#:property ImplicitUsings=disable
#:property Nullable=annotations
#:property TreatWarningsAsErrors=false
// The notebook's packages. Their versions are pinned once, in Directory.Packages.props: Microsoft.ML@5.0.1,
// Microsoft.Data.Analysis@0.23.1, Plotly.NET@6.0.0, Plotly.NET.CSharp@0.14.0, XPlot.Plotly@4.1.0,
// Parquet.Net@6.1.0, Microsoft.ML.FastTree@5.0.1.
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
    Environment.CurrentDirectory = System.IO.Path.GetFullPath(System.IO.Path.Combine(appFolder, "../notebooks"));

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
// - train four classifiers (a decision tree, a linear SVM, k-nearest neighbours, logistic regression) and
//   compare them on the same test set;
// - train two regressors (linear regression and a tree ensemble);
// - cluster without labels with k-means, and compare the clusters with the truth;
// - make a single prediction with `PredictionEngine`, as an application would.

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.

MLCourse.Course.Start();

// The tree-based trainers live in their own package:

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
// An ML.NET **pipeline** chains the steps, like a scikit-learn `Pipeline`. Every classifier below shares the
// same preparation:
//
// 1. `MapValueToKey`: turn the species names into the class numbers ML.NET trains on (the *label*);
// 2. `Concatenate`: put the four measurements into one *features* vector;
// 3. `NormalizeMeanVariance`: put the features on one scale (lesson 02), learned from the training set only.

// ── cell 9 ─────────────────────────────────────────────────────────────────────────────────────────────────
IEstimator<ITransformer> Prepare() =>
    ml.Transforms.Conversion.MapValueToKey("Label", "species")
      .Append(ml.Transforms.Concatenate("Features", measurements))
      .Append(ml.Transforms.NormalizeMeanVariance("Features"));

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

// ── cell 13 ────────────────────────────────────────────────────────────────────────────────────────────────
var logistic = TrainAndTest(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy());
display($"logistic regression: test accuracy {logistic.Report.Accuracy:0.000}; the new penguin is a {Ask(logistic.Model)}");

// ### Linear support vector machine
//
// A **linear SVM** draws the straight boundary that keeps the widest margin between two classes. ML.NET's
// `LinearSvm` separates two classes, so `OneVersusAll` trains one per species (that species against the rest)
// and picks the most confident.

// ── cell 15 ────────────────────────────────────────────────────────────────────────────────────────────────
var svm = TrainAndTest(ml.MulticlassClassification.Trainers.OneVersusAll(ml.BinaryClassification.Trainers.LinearSvm(numberOfIterations: 20)));
display($"linear SVM: test accuracy {svm.Report.Accuracy:0.000}; the new penguin is a {Ask(svm.Model)}");

// ### Decision tree
//
// A **decision tree** asks a sequence of yes/no questions about the features ("flipper longer than 206 mm?")
// and answers with the majority class of the leaf it reaches. ML.NET has no single-tree trainer; the closest
// is FastTree, a gradient-boosted tree ensemble, limited to **one tree** of at most 8 leaves per species,
// again one-versus-all.

// ── cell 17 ────────────────────────────────────────────────────────────────────────────────────────────────
var treeOptions = new FastTreeBinaryTrainer.Options { NumberOfTrees = 1, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 5, NumberOfThreads = 1 };
var tree = TrainAndTest(ml.MulticlassClassification.Trainers.OneVersusAll(ml.BinaryClassification.Trainers.FastTree(treeOptions)));
display($"decision tree: test accuracy {tree.Report.Accuracy:0.000}; the new penguin is a {Ask(tree.Model)}");

// ### k-nearest neighbours
//
// **k-NN** keeps the training penguins and classifies a new one by a vote of the *k* most similar ones
// (nearest in the normalized feature space). ML.NET has no k-NN trainer, so the course's helper library
// provides `KNearestNeighbors`, a small class (read it in `src/MLCourse/Evaluation/KNearestNeighbors.cs`). It
// uses the same preparation pipeline for its features, fitted on the training set:

// ── cell 19 ────────────────────────────────────────────────────────────────────────────────────────────────
var preparation = Prepare().Fit(trainFrame);
var knn = KNearestNeighbors.Fit(preparation.Transform(trainFrame), featuresColumn: "Features", labelColumn: "species", k: 5);
var knnPredicted = knn.Predict(preparation.Transform(testFrame));
var knnReport = ClassificationReport.From(testFrame["species"].Cast<string>().ToList(), knnPredicted);

// One prediction: prepare the new penguin's features the same way, then ask the neighbours.
var newFeatures = preparation.Transform(ml.Data.LoadFromEnumerable(new[] { newPenguin })).GetColumn<VBuffer<float>>("Features").First().DenseValues().ToArray();
display($"k-NN (k = 5): test accuracy {knnReport.Accuracy:0.000}; the new penguin is a {knn.Predict(newFeatures)}");

// ### Comparing the classifiers

// ── cell 21 ────────────────────────────────────────────────────────────────────────────────────────────────
var classifiers = new[] { ("logistic regression", logistic.Report), ("linear SVM", svm.Report), ("decision tree", tree.Report), ("k-NN, k = 5", knnReport) }
    .Select(m => new { model = m.Item1, accuracy = Math.Round(m.Item2.Accuracy, 3), macroF1 = Math.Round(m.Item2.MacroF1, 3), errors = (int)Math.Round((1 - m.Item2.Accuracy) * testFrame.Rows.Count) })
    .ToDataFrame();
display(classifiers);

// **What to notice.** Three models make one or two mistakes in 69 penguins: the measurements separate the
// species well (lesson 03's charts showed it). Logistic regression, usually excellent on such data, makes 5.
// It is not the method: ML.NET's defaults for it include fairly strong *regularization* (L1 and L2 penalties
// of 1, which keep the weights small), and with 273 penguins that holds it back. Default settings are not
// neutral; lesson 05 tunes them. On 69 test penguins one mistake moves accuracy by 1.4 points, so small
// differences here are noise; lesson 05 also measures more carefully, with cross-validation. Every model
// agreed about the new penguin: long beak, shallow beak, long flippers, heavy, a Gentoo.
//
// The confusion matrix shows *which* mistakes a model makes (actual species down, predicted across):

// ── cell 23 ────────────────────────────────────────────────────────────────────────────────────────────────
display(logistic.Report.PlotConfusionMatrix("Logistic regression: actual against predicted species"));

// **What to notice.** Every one of the 5 mistakes is a Chinstrap taken for an Adelie: the two species that
// overlap in everything but beak length (lesson 03). The diagonal holds the correct predictions; a perfect
// model leaves every other cell at 0.

// ## 3. Regression: fuel economy
//
// Now a number: the miles per gallon of a car, from its engine, weight, age and origin. Rows without a known
// fuel economy or horsepower cannot be used for training, and the model year becomes a number:

// ── cell 26 ────────────────────────────────────────────────────────────────────────────────────────────────
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

// ── cell 28 ────────────────────────────────────────────────────────────────────────────────────────────────
string[] carFeatures = { "Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "model_year" };
IEstimator<ITransformer> PrepareCars() =>
    ml.Transforms.Categorical.OneHotEncoding("OriginVector", "Origin")
      .Append(ml.Transforms.Concatenate("Features", carFeatures.Append("OriginVector").ToArray()))
      .Append(ml.Transforms.NormalizeMeanVariance("Features"));

(ITransformer Model, RegressionMetrics Metrics) TrainRegressor(IEstimator<ITransformer> trainer)
{
    var model = PrepareCars().Append(trainer).Fit(carSplit.TrainSet);
    return (model, ml.Regression.Evaluate(model.Transform(carSplit.TestSet), labelColumnName: "Miles_per_Gallon"));
}

// **Linear regression** fits one weight per feature: predicted MPG = a weighted sum plus a constant. ML.NET's
// SDCA trainer finds the weights (one thread, so the result repeats exactly).

// ── cell 30 ────────────────────────────────────────────────────────────────────────────────────────────────
var linear = TrainRegressor(ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options { LabelColumnName = "Miles_per_Gallon", NumberOfThreads = 1, MaximumNumberOfIterations = 200 }));
display($"linear regression: MAE {linear.Metrics.MeanAbsoluteError:0.00} MPG, RMSE {linear.Metrics.RootMeanSquaredError:0.00} MPG, R² {linear.Metrics.RSquared:0.000}");

// A **tree ensemble** (FastTree: 100 small boosted trees, each correcting the errors of the ones before) can
// follow the curve lesson 03 showed:

// ── cell 32 ────────────────────────────────────────────────────────────────────────────────────────────────
var boosted = TrainRegressor(ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options { LabelColumnName = "Miles_per_Gallon", NumberOfTrees = 100, NumberOfLeaves = 10, MinimumExampleCountPerLeaf = 5, LearningRate = 0.1, NumberOfThreads = 1 }));
display($"tree ensemble: MAE {boosted.Metrics.MeanAbsoluteError:0.00} MPG, RMSE {boosted.Metrics.RootMeanSquaredError:0.00} MPG, R² {boosted.Metrics.RSquared:0.000}");

// One prediction, as an application would ask it: a 1980 four-cylinder Japanese car of 2,300 lb.

// ── cell 34 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: CarSpecification and MpgPrediction (at the end of the file).
var newCar = new CarSpecification { Cylinders = 4, Displacement = 110, Horsepower = 75, Weight_in_lbs = 2300, Acceleration = 16, model_year = 1980, Origin = "Japan" };
float AskMpg(ITransformer model) => ml.Model.CreatePredictionEngine<CarSpecification, MpgPrediction>(model).Predict(newCar).Mpg;
display($"linear regression says {AskMpg(linear.Model):0.0} MPG; the tree ensemble says {AskMpg(boosted.Model):0.0} MPG");

// How close are the predictions? Each test car as a point: actual MPG across, predicted MPG up. A perfect
// model puts every point on the diagonal.

// ── cell 36 ────────────────────────────────────────────────────────────────────────────────────────────────
var scored = boosted.Model.Transform(carSplit.TestSet);
var actualVsPredicted = new DataFrame(
    new SingleDataFrameColumn("actual MPG", scored.GetColumn<float>("Miles_per_Gallon")),
    new SingleDataFrameColumn("predicted MPG", scored.GetColumn<float>("Score")));
display(actualVsPredicted.PlotScatter("actual MPG", "predicted MPG", title: "Tree ensemble: predicted against actual fuel economy (test cars)"));

// **What to notice.** The tree ensemble is off by about 2 MPG on average and the linear model by more: the
// relationship bends, and trees can bend with it. The points hug the diagonal, spreading a little for the
// most economical cars, of which there are few to learn from. Lesson 05 makes this comparison robust with
// cross-validation and tunes both models.
//
// ## 4. Clustering: groups without labels
//
// Now forget the species. Can an algorithm find groups in the measurements alone? **k-means** places *k*
// centres and assigns each penguin to the nearest, moving the centres until they settle. We ask for 3 groups,
// on the normalized measurements.

// ── cell 38 ────────────────────────────────────────────────────────────────────────────────────────────────
var clustering = ml.Transforms.Concatenate("Features", measurements)
    .Append(ml.Transforms.NormalizeMeanVariance("Features"))
    .Append(ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options { NumberOfClusters = 3, NumberOfThreads = 1 }));
var clusterModel = clustering.Fit(penguins);
var clusters = clusterModel.Transform(penguins).GetColumn<uint>("PredictedLabel").ToList();
var species = penguins["species"].Cast<string>().ToList();

display(species.Zip(clusters).GroupBy(p => p.Second).OrderBy(g => g.Key)
    .Select(g => new { cluster = (int)g.Key, penguins = g.Count(), Adelie = g.Count(p => p.First == "Adelie"), Chinstrap = g.Count(p => p.First == "Chinstrap"), Gentoo = g.Count(p => p.First == "Gentoo") })
    .ToDataFrame());

// **What to notice.** One cluster is (almost) exactly the Gentoo penguins: they differ from the others in
// every measurement. The other two clusters mix Adelie and Chinstrap penguins, which overlap in flipper
// length and body mass and differ mainly in beak length. Without labels, k-means found the structure that is
// strongest in the data, which is not necessarily the one you care about.

// ── cell 40 ────────────────────────────────────────────────────────────────────────────────────────────────
var withClusters = penguins.Clone();
withClusters.Columns.Add(new StringDataFrameColumn("cluster", clusters.Select(c => $"cluster {c}")));
display(withClusters.PlotScatter("flipper_length_mm", "beak_length_mm", by: "cluster", title: "k-means clusters of the penguins (no labels used)"));

// ── cell 41 ────────────────────────────────────────────────────────────────────────────────────────────────
var purity = species.Zip(clusters).GroupBy(p => p.Second).Sum(g => g.GroupBy(p => p.First).Max(s => s.Count())) / (double)species.Count;
var best = new[] { logistic.Report, svm.Report, tree.Report, knnReport }.Max(r => r.Accuracy);
if (best < 0.95 || logistic.Report.Accuracy < 0.9 || boosted.Metrics.MeanAbsoluteError > 2.8 || linear.Metrics.MeanAbsoluteError > 3.2 || purity < 0.7)
    throw new InvalidOperationException($"Expected a classifier with test accuracy ≥ 0.95 (logistic regression ≥ 0.9), tree-ensemble MAE ≤ 2.8, linear MAE ≤ 3.2 and cluster purity ≥ 0.7; got {best:0.000}, {boosted.Metrics.MeanAbsoluteError:0.00}, {linear.Metrics.MeanAbsoluteError:0.00}, {purity:0.00}.");
MLCourse.Course.Publish("best_test_accuracy", best);
MLCourse.Course.Publish("tree_mae_mpg", boosted.Metrics.MeanAbsoluteError);
MLCourse.Course.Publish("linear_mae_mpg", linear.Metrics.MeanAbsoluteError);
MLCourse.Course.Publish("cluster_purity", purity);

// **Coming from Python.** `train_test_split(X, y, stratify=y)` → the course's `StratifiedSplit.Split`;
// `Pipeline([...])` → `a.Append(b)`; `fit` → `Fit`, `predict` → `Transform` (a whole data view) or a
// `PredictionEngine` (one object); `LogisticRegression` → `LbfgsMaximumEntropy`; `LinearSVC` →
// `OneVersusAll(LinearSvm)`; `DecisionTreeClassifier` → a one-tree `FastTree`; `KNeighborsClassifier` → the
// course's `KNearestNeighbors`; `GradientBoostingRegressor` → `FastTree`; `KMeans` → `KMeans`.

// ## Exercises
//
// Replace the `null` in each answer cell, run it, then run the check below it. `Hint()` and `Solution()` help
// when you need them, for example `Lesson04.BeakClassifier.Hint()`.

// ── cell 44 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).

// ### Exercise 04.1 · The baseline to beat
//
// The simplest "model" ignores the measurements and always answers the most common species of the training
// set. What is its accuracy on the test set? (Every real model must beat this number to be worth anything.)

// ── cell 46 · your answer to exercise 04.1 ─────────────────────────────────────────────────────────────────
double? baselineAccuracy = null;

// ── cell 47 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson04.BaselineAccuracy.Check(baselineAccuracy));

// ### Exercise 04.2 · The neighbours' vote
//
// The heart of k-NN is the vote. Write a function that takes the species of the *k* nearest neighbours,
// **nearest first**, and returns the winner: the species with the most votes, and in a tie, the tied species
// whose neighbour is nearest. For example `["Chinstrap", "Adelie"]` gives `"Chinstrap"`.

// ── cell 49 · your answer to exercise 04.2 ─────────────────────────────────────────────────────────────────
Func<string[], string>? neighbourVote = null;

// ── cell 50 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson04.NeighbourVote.Check(neighbourVote));

// ### Exercise 04.3 · A classifier from beaks alone
//
// Lesson 03 showed that beak length and beak depth together separate the three species. Train a classifier on
// `trainFrame` that uses **only** `beak_length_mm` and `beak_depth_mm` and reaches at least **95% accuracy**
// on held-out penguins. The checker scores it on the test penguins with only those two measurements, so the
// pipeline must output `PredictedSpecies` as `TrainAndTest`'s does.

// ── cell 52 · your answer to exercise 04.3 ─────────────────────────────────────────────────────────────────
ITransformer? beakModel = null;

// ── cell 53 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson04.BeakClassifier.Check(beakModel));

// ### Exercise 04.4 · Why the clusters mix two species
//
// A classifier tells Adelie from Chinstrap almost perfectly, yet k-means put them together and split them
// another way. In two or three sentences: why?

// ── cell 55 · your answer to exercise 04.4 ─────────────────────────────────────────────────────────────────
string? whyClustersMix = null;

// ── cell 56 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson04.WhyClustersMix.Check(whyClustersMix));

// Your progress so far:

// ── cell 58 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ## Summary
//
// - Hold out a **test set** first, stratified by class, with a fixed seed; build everything on the training
//   set.
// - An ML.NET **pipeline** bundles preparation and model, so both are fitted on training data and applied the
//   same way later.
// - On the penguins, the classifiers reach 93% to 99% on the test set; the measurements make the task easy,
//   and default settings (logistic regression's regularization) can matter more than the choice of method.
//   The tree ensemble predicts fuel economy better than a straight line because the relationship bends.
// - **k-means** finds the strongest structure in the data, without labels: here, Gentoo against the rest.
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

// ── cell 34 · its types ────────────────────────────────────────────────────────────────────────────────────
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
