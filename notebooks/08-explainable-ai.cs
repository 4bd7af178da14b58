// 08 · Explainable AI
// Lesson 08 of Machine Learning with C# as a .NET 10 file-based app: the notebook's code, run as one program.
//
// Run it from the course folder (or from anywhere, with the path to this file: it finds the data itself); the
// .NET 10 SDK is all it needs:
//     dotnet run --file notebooks/08-explainable-ai.cs
// It prints what the notebook shows under a cell: values and tables as text, each chart as an HTML file (it
// prints the file's path: open it in a browser). To do an exercise, replace the null in its answer cell and
// run it again; or, quicker, do the exercises in notebooks/08-explainable-ai.exercises.cs: the same exercises
// and checks without the rest of the lesson, so each try takes seconds.
//
// Made from notebooks/08-explainable-ai.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 08
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
using Microsoft.ML.Trainers.FastTree;
using MLCourse;
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

// # 08 · Explainable AI
//
// A model that predicts well can still be wrong for the wrong reasons, and people who act on its predictions
// (a customer, a doctor, a regulator, you) need to know what it relies on. This lesson asks three questions
// of lesson 05's fuel-economy model, and then shows a model that scores well by leaning on a feature it
// should not use.
//
// **You will learn to**
//
// - measure which features a model relies on with **permutation feature importance**, with confidence
//   intervals;
// - explain a single prediction with **feature contributions**;
// - see how a prediction moves with one feature with **partial dependence**;
// - recognise what explanations can and cannot tell you, in a worked example of a *shortcut* feature.
MLCourse.ConsoleDisplay.Heading(1, "08 · Explainable AI");

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
var cars = CourseData.LoadCars();
var known = cars.Filter(cars["Miles_per_Gallon"].ElementwiseIsNotNull());
known = known.Filter(known["Horsepower"].ElementwiseIsNotNull());
known.Columns.Add(new SingleDataFrameColumn("model_year", known["Year"].Cast<DateTime>().Select(d => (float)d.Year)));
var carSplit = ml.Data.TrainTestSplit(known, testFraction: 0.2, seed: 1);

string[] carFeatures = { "Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "model_year" };
var preparation = ml.Transforms.Categorical.OneHotEncoding("OriginVector", "Origin")
    .Append(ml.Transforms.Concatenate("Features", carFeatures.Append("OriginVector").ToArray()))
    .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))   // a real z-score, as in lesson 05
    .Fit(carSplit.TrainSet);
var trees = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        { LabelColumnName = "Miles_per_Gallon", NumberOfLeaves = 4, LearningRate = 0.1, NumberOfTrees = 100, MinimumExampleCountPerLeaf = 5, NumberOfThreads = 1 })
    .Fit(preparation.Transform(carSplit.TrainSet));
var model = preparation.Append(trees);
display($"test MAE {ml.Regression.Evaluate(model.Transform(carSplit.TestSet), "Miles_per_Gallon").MeanAbsoluteError:0.00} MPG");

// The model is lesson 05's winner. This time the preparation and the trees are fitted as two steps and then
// joined, because the explanation tools need the trees on their own.
//
// ## 1. Which features does the model rely on?
//
// **Permutation feature importance** asks: if a feature's values were shuffled among the cars, breaking its
// link with the fuel economy while keeping its distribution, how much worse would the predictions get? A
// feature the model relies on makes the error jump; a feature it ignores changes nothing. ML.NET shuffles
// each feature 30 times on the held-out cars, so each importance has a mean and a standard error, hence a 95%
// confidence interval.
MLCourse.ConsoleDisplay.Heading(2, "1. Which features does the model rely on?");

// ── cell 6 ─────────────────────────────────────────────────────────────────────────────────────────────────
var preparedTest = preparation.Transform(carSplit.TestSet);
var permutation = ml.Regression.PermutationFeatureImportance(trees, preparedTest, labelColumnName: "Miles_per_Gallon", permutationCount: 30);
var importance = FeatureImportance.From(FeatureImportance.SlotNames(preparedTest), permutation.Select(p => p.MeanAbsoluteError).ToList());
display(importance.Plot("Permutation importance: how much the MAE grows when a feature is shuffled", "increase in MAE (MPG)"));

// ── cell 7 ─────────────────────────────────────────────────────────────────────────────────────────────────
display(importance.ToDataFrame());

// **What to notice.** Weight and model year lead: shuffling either adds about 1.5 to 1.9 MPG to the error.
// Horsepower and displacement follow closely; acceleration and origin barely matter, and the number of
// cylinders not at all (its interval includes 0). Lesson 03 showed weight, displacement, horsepower and
// cylinders all correlated with MPG *and with each other*: the model uses the first three, and cylinders adds
// nothing they do not already say. A feature can matter in the world and still show no importance because
// other features already carry its information.
//
// ## 2. Why this prediction?
//
// Importance describes the model overall. For one car, **feature contributions** split its prediction into a
// part per feature: how much each feature moved the prediction away from the model's baseline. ML.NET
// computes them for tree models and linear models:
MLCourse.ConsoleDisplay.Notice("Weight and model year lead: shuffling either adds about 1.5 to 1.9 MPG to the error. Horsepower and displacement follow closely; acceleration and origin barely matter, and the number of cylinders not at all (its interval includes 0). Lesson 03 showed weight, displacement, horsepower and cylinders all correlated with MPG and with each other: the model uses the first three, and cylinders adds nothing they do not already say. (More in the lesson's text.)");
MLCourse.ConsoleDisplay.Heading(2, "2. Why this prediction?");

// ── cell 9 ─────────────────────────────────────────────────────────────────────────────────────────────────
var contributions = ml.Transforms.CalculateFeatureContribution(trees, numberOfPositiveContributions: 10, numberOfNegativeContributions: 10, normalize: false)
    .Fit(preparedTest).Transform(preparedTest);
var featureNames = FeatureImportance.SlotNames(preparedTest);
var allContributions = contributions.GetColumn<VBuffer<float>>("FeatureContributions").Select(c => c.DenseValues().ToArray()).ToList();
var carContributions = allContributions[0];
var predictions = trees.Transform(preparedTest).GetColumn<float>("Score").ToList();
var prediction = predictions[0];
float FirstCar(string column) => carSplit.TestSet.GetColumn<float>(column).First();
var quickerShare = known["Acceleration"].Cast<float?>().Count(a => a < FirstCar("Acceleration")) / (double)known.Rows.Count;

display($"The first test car: the {carSplit.TestSet.GetColumn<string>("Name").First()}, {FirstCar("Cylinders")} cylinders, {FirstCar("Weight_in_lbs")} lb, " +
    $"0 to 60 mph in {FirstCar("Acceleration")} s ({quickerShare:P0} of the {known.Rows.Count} cars are quicker), model year {FirstCar("model_year")}, " +
    $"{carSplit.TestSet.GetColumn<string>("Origin").First()}; actual {FirstCar("Miles_per_Gallon")} MPG, predicted {prediction:0.0} MPG");
display(featureNames.Select((name, i) => new { feature = name, contribution = Math.Round(carContributions[i], 2) })
    .OrderByDescending(c => Math.Abs(c.contribution)).ToDataFrame());

// **What to notice.** For this 1970 Plymouth Satellite, an American V8 of 3,436 lb, the model year pulls the
// prediction down by about 4.8 MPG, the weight by 3.9, horsepower and displacement by about 3 each. Its
// acceleration pushes the prediction *up* by 2.2, although 11 s to 60 mph is among the quickest in the data
// (only 3% of the cars are quicker), and quick cars usually have big engines and poor fuel economy. That is a
// sign worth questioning, not a fact about cars: the contributions are the model's own accounting of this
// prediction, and say why *the model* predicted this number, not why the car uses that much fuel.
//
// How does ML.NET do that accounting? For trees, a feature's contribution is a sum of what-ifs: at every
// split on that feature along the car's path through each of the 100 trees, how much the score would change
// if the car went down the other branch instead. Such what-ifs need not add up to anything. Look at the
// prediction minus the sum of the contributions, car by car:
MLCourse.ConsoleDisplay.Notice("For this 1970 Plymouth Satellite, an American V8 of 3,436 lb, the model year pulls the prediction down by about 4.8 MPG, the weight by 3.9, horsepower and displacement by about 3 each. Its acceleration pushes the prediction up by 2.2, although 11 s to 60 mph is among the quickest in the data (only 3% of the cars are quicker), and quick cars usually have big engines and poor fuel economy. (More in the lesson's text.)");

// ── cell 11 ────────────────────────────────────────────────────────────────────────────────────────────────
var unexplained = Enumerable.Range(0, 5).Select(car => predictions[car] - allContributions[car].Sum()).ToList();
display($"Prediction minus the sum of its contributions, for the first five test cars: {string.Join(", ", unexplained.Select(u => u.ToString("0.0")))} MPG");

// **What to notice.** The remainder changes from car to car. Methods that split a prediction *additively*
// leave the same remainder, one baseline, for every car: the Saabas method (Python's `treeinterpreter`),
// which follows the car's path and credits each split with the change in the node averages, and SHAP values
// (the `shap` package), which average a feature's effect over every order in which the features could be
// added. ML.NET's contributions are neither: compare their signs and sizes within one car, as above, not
// their total with the prediction.
//
// ## 3. How does the prediction move with one feature?
//
// **Partial dependence** sets one feature to the same value for every car, predicts, and averages; then
// repeats over a range of values. The curve shows the model's average response to that feature, all else as
// in the data. `PartialDependence.Compute` does it (read it in
// `src/MLCourse/Evaluation/PartialDependence.cs`: it is a dozen lines):
MLCourse.ConsoleDisplay.Notice("The remainder changes from car to car. Methods that split a prediction additively leave the same remainder, one baseline, for every car: the Saabas method (Python's treeinterpreter), which follows the car's path and credits each split with the change in the node averages, and SHAP values (the shap package), which average a feature's effect over every order in which the features could be added. (More in the lesson's text.)");
MLCourse.ConsoleDisplay.Heading(2, "3. How does the prediction move with one feature?");

// ── cell 13 ────────────────────────────────────────────────────────────────────────────────────────────────
var weightEffect = PartialDependence.Compute(model, known, "Weight_in_lbs", points: 25);
display(weightEffect.Plot("Partial dependence: predicted MPG against weight", "weight (lb)", "mean predicted MPG"));

// **What to notice.** The model learned lesson 03's curve: fuel economy falls steeply from light to
// mid-weight cars and flattens for heavy ones. The steps are the trees' thresholds: a tree ensemble draws
// staircases, not smooth curves.
MLCourse.ConsoleDisplay.Notice("The model learned lesson 03's curve: fuel economy falls steeply from light to mid-weight cars and flattens for heavy ones. The steps are the trees' thresholds: a tree ensemble draws staircases, not smooth curves.");

// ── cell 15 ────────────────────────────────────────────────────────────────────────────────────────────────
var yearEffect = PartialDependence.Compute(model, known, "model_year", points: 13);
display(yearEffect.Plot("Partial dependence: predicted MPG against model year", "model year", "mean predicted MPG"));

// **What to notice.** Newer cars are predicted to be more economical, rising most steeply from 1978 to 1980,
// after the oil crises and the first US fuel-economy standards. The model has learned history, not physics:
// it would have nothing sensible to say about a 1995 car.
//
// ## 4. A model that takes a shortcut
//
// Explanations earn their keep when something is wrong. Here is a constructed example built on real penguins.
// Suppose the field team put a coloured band on each penguin they measured, and, by a quirk of logistics, the
// colour mostly followed the species (each colony was visited with a different box of bands): 90% of the time
// the band colour gives away the species. It says nothing about the bird itself, and next season the bands
// will be handed out at random.
//
// `ShortcutFeature.AddBand` adds such a column. We train a classifier on two weak measurements (flipper
// length and body mass, which barely separate Adelie from Chinstrap) and the band colour:
MLCourse.ConsoleDisplay.Notice("Newer cars are predicted to be more economical, rising most steeply from 1978 to 1980, after the oil crises and the first US fuel-economy standards. The model has learned history, not physics: it would have nothing sensible to say about a 1995 car.");
MLCourse.ConsoleDisplay.Heading(2, "4. A model that takes a shortcut");

// ── cell 17 ────────────────────────────────────────────────────────────────────────────────────────────────
var penguins = CourseData.LoadCleanPenguins();
var (trainPenguins, testPenguins) = StratifiedSplit.Split(penguins, "species", testFraction: 0.2, seed: 1);
var bandedTrain = ShortcutFeature.AddBand(trainPenguins, "species", agreement: 0.85, seed: 1);   // 0.85 + 0.15 / 3 = 90% of bands match
var bandedTest = ShortcutFeature.AddBand(testPenguins, "species", agreement: 0.85, seed: 2);     // collected the same way
var nextSeason = ShortcutFeature.AddBand(testPenguins, "species", agreement: 0, seed: 3);        // bands at random

IEstimator<ITransformer> PreparePenguins(params string[] features) =>
    ml.Transforms.Conversion.MapValueToKey("Label", "species")
      .Append(ml.Transforms.Categorical.OneHotEncoding("band", "band_colour"))
      .Append(ml.Transforms.Concatenate("Features", features))
      .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false));   // a real z-score: centred, then scaled
var logistic = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(l1Regularization: 0, l2Regularization: 0.01f);
IEstimator<ITransformer> PenguinClassifier(params string[] features) =>
    PreparePenguins(features).Append(logistic).Append(ml.Transforms.Conversion.MapKeyToValue("PredictedSpecies", "PredictedLabel"));

double Accuracy(ITransformer classifier, DataFrame data) => ClassificationReport.From(classifier.Transform(data), "species", "PredictedSpecies").Accuracy;

var withBand = PenguinClassifier("flipper_length_mm", "body_mass_g", "band").Fit(bandedTrain);
var withoutBand = PenguinClassifier("flipper_length_mm", "body_mass_g").Fit(bandedTrain);
var shortcut = new[]
{
    new { model = "measurements + band", testAccuracy = Math.Round(Accuracy(withBand, bandedTest), 3), nextSeasonAccuracy = Math.Round(Accuracy(withBand, nextSeason), 3) },
    new { model = "measurements only", testAccuracy = Math.Round(Accuracy(withoutBand, bandedTest), 3), nextSeasonAccuracy = Math.Round(Accuracy(withoutBand, nextSeason), 3) },
}.ToDataFrame();
display(shortcut);

// **What to notice.** On a test set collected the same way, the banded model looks clearly better. Next
// season, when the bands no longer follow the species, it collapses below the model that never saw them. The
// test set could not warn us: it shared the artefact. Would an explanation?
MLCourse.ConsoleDisplay.Notice("On a test set collected the same way, the banded model looks clearly better. Next season, when the bands no longer follow the species, it collapses below the model that never saw them. The test set could not warn us: it shared the artefact. Would an explanation?");

// ── cell 19 ────────────────────────────────────────────────────────────────────────────────────────────────
// As in section 1: the preparation and the classifier fitted as two steps, so that the importance tool gets the classifier alone.
var bandedPrepared = PreparePenguins("flipper_length_mm", "body_mass_g", "band").Fit(bandedTrain);
var bandedLogistic = logistic.Fit(bandedPrepared.Transform(bandedTrain));
var bandedTestPrepared = bandedPrepared.Transform(bandedTest);
var bandImportance = FeatureImportance.From(FeatureImportance.SlotNames(bandedTestPrepared),
    ml.MulticlassClassification.PermutationFeatureImportance(bandedLogistic, bandedTestPrepared, permutationCount: 30).Select(p => p.MicroAccuracy).ToList());
display(bandImportance.Plot("Permutation importance of the banded model (accuracy change when shuffled)", "change in accuracy"));

// **What to notice.** Yes: the yellow band is the second most important input, far ahead of body mass and
// behind only flipper length, which is what tells the Gentoos from the other two (the changes are negative
// because accuracy drops). Yellow is the Chinstraps' colour, and it is how the model tells Chinstraps from
// Adelies, which flipper length and body mass cannot. (Permutation importance shuffles each one-hot column on
// its own, so the band's total weight is split over three rows.) The explanation told us *what* the model
// relies on. It could not tell us that relying on it is wrong: that took knowing how the bands were handed
// out. A band colour, a hospital's scanner model, a postcode standing in for ethnicity, the timestamp of a
// record: explanations surface such features, and only a person who knows the domain can judge them.
//
// **What explanations can and cannot tell you**
//
// - They **can** show which inputs a model uses, how its prediction moves with an input, and why it made one
//   prediction: invaluable for debugging, for trust, and for catching shortcuts and leaks.
// - They **cannot** tell you causes: a feature can be important because it is correlated with the real cause
//   (model year stands for technology and regulation).
// - Importance is shared among correlated features, so a feature with low importance may still matter in the
//   world (section 1).
// - Partial dependence averages over all rows, and shows combinations (a 4,500 lb car from 1982) that may not
//   exist in the data.
// - Explanations describe the model, not the data, and they are only as good as the data you run them on.
//
// **Coming from Python.** `sklearn.inspection.permutation_importance` →
// `ml.Regression.PermutationFeatureImportance` (or the multiclass and binary versions);
// `CalculateFeatureContribution` has no exact twin: it is a per-split what-if attribution, closer to
// `treeinterpreter` than to `shap` (and, unlike both, not additive); `PartialDependenceDisplay` → the
// course's `PartialDependence`.
//
// ## 5. The bar
MLCourse.ConsoleDisplay.Notice("Yes: the yellow band is the second most important input, far ahead of body mass and behind only flipper length, which is what tells the Gentoos from the other two (the changes are negative because accuracy drops). Yellow is the Chinstraps' colour, and it is how the model tells Chinstraps from Adelies, which flipper length and body mass cannot. (Permutation importance shuffles each one-hot column on its own, so the band's total weight is split over three rows.) (More in the lesson's text.)");
MLCourse.ConsoleDisplay.Heading(2, "5. The bar");

// ── cell 21 ────────────────────────────────────────────────────────────────────────────────────────────────
var weightRank = importance.ToList().FindIndex(i => i.Feature == "Weight_in_lbs");
var yearRank = importance.ToList().FindIndex(i => i.Feature == "model_year");
var withBandTest = Accuracy(withBand, bandedTest);
var withBandNext = Accuracy(withBand, nextSeason);
var withoutBandNext = Accuracy(withoutBand, nextSeason);
var failures = new List<string>();
if (weightRank > 1 || yearRank > 1) failures.Add($"weight and model year should be the two most important features (ranks {weightRank + 1} and {yearRank + 1})");
if (weightEffect.MeanPredictions[0] - weightEffect.MeanPredictions[^1] < 5) failures.Add("predicted MPG should fall by more than 5 MPG from the lightest to the heaviest weight");
if (withBandTest < Accuracy(withoutBand, bandedTest) + 0.05 || withBandNext > withoutBandNext) failures.Add($"the shortcut should help on the same-artefact test set and hurt next season (got {withBandTest:0.000} and {withBandNext:0.000} vs {withoutBandNext:0.000})");
if (bandImportance[0].Feature != "flipper_length_mm" || bandImportance[1].Feature != "band.yellow")
    failures.Add($"flipper length, then the yellow band (the Chinstraps' colour), should be the banded model's most important inputs, not {bandImportance[0].Feature} and {bandImportance[1].Feature}");
if (failures.Count > 0)
    throw new InvalidOperationException("Expected: " + string.Join("; ", failures) + ".");
Course.Publish("weight_importance_mpg", importance.Single(i => i.Feature == "Weight_in_lbs").Change);
Course.Publish("shortcut_test_accuracy", withBandTest);
Course.Publish("shortcut_next_season_accuracy", withBandNext);
Course.Publish("honest_next_season_accuracy", withoutBandNext);

// ## Exercises
//
// Replace the `null` in each answer cell, run it, then run the check below it. `Hint()` and `Solution()` help
// when you need them.
MLCourse.ConsoleDisplay.Heading(2, "Exercises");

// ── cell 23 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).

// ### Exercise 08.1 · Shuffle them together
//
// Section 1 shuffled one feature at a time. But `Cylinders`, `Displacement`, `Horsepower` and `Weight_in_lbs`
// are strongly correlated (lesson 03): when one of them is shuffled, the other three still say much of what
// it said. Measure what the four are worth **together** for the lesson's model (`model`, section 1's boosted
// trees): shuffle them with one and the same random order of the test cars, so that each car gets another
// car's whole engine, and see how much the test MAE grows. Average over at least 50 shuffles. The test cars
// as a DataFrame (whose columns you can shuffle), and their MAE:
MLCourse.ConsoleDisplay.Heading(3, "Exercise 08.1 · Shuffle them together");

// ── cell 25 ────────────────────────────────────────────────────────────────────────────────────────────────
var testCarFrame = carSplit.TestSet.ToDataFrame(-1);   // -1: all the rows (the default is only the first 100)
double TestMae(DataFrame cars) => ml.Regression.Evaluate(model.Transform(cars), "Miles_per_Gallon").MeanAbsoluteError;
display($"{testCarFrame.Rows.Count} test cars, MAE {TestMae(testCarFrame):0.000} MPG");

// How much does the MAE grow when the four are shuffled together? Compare it with their importances one at a
// time, in section 1.

// ── cell 27 · your answer to exercise 08.1 ─────────────────────────────────────────────────────────────────
double? engineImportance = null;

// ── cell 28 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson08.EngineImportance.Check(engineImportance));

// ### Exercise 08.2 · A model for next season
//
// Build a penguin classifier for next season: it must not lean on the band colour, and it must still tell the
// species apart, with at least **90% accuracy** when the bands are random. Flipper length and body mass alone
// are not enough (section 4's table shows what they reach next season). Which measurements carry the
// information the band was standing in for?
//
// Hand over the **pipeline** (an estimator, not fitted), built like `PenguinClassifier`'s so that it outputs
// `PredictedSpecies`. The checker never uses the test penguins: five times, it holds out a fifth of
// `bandedTrain`, fits your pipeline on the rest, gives the held-out penguins random bands, and averages the
// accuracy. A model whose predictions change when only the bands change is turned down.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 08.2 · A model for next season");

// ── cell 30 · your answer to exercise 08.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
IEstimator<ITransformer>? robustPipeline = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 31 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson08.RobustModel.Check(robustPipeline));

// ### Exercise 08.3 · What the explanation could not say
//
// Permutation importance showed the banded model relies on band colour. In two or three sentences: why could
// the explanation alone not tell you that this is a problem, and what did?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 08.3 · What the explanation could not say");

// ── cell 33 · your answer to exercise 08.3 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string? whyNotEnough = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 34 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson08.WhyNotEnough.Check(whyNotEnough));

// Your progress so far:

// ── cell 36 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ## Summary
//
// - **Permutation importance** measures what a model relies on, overall, with an interval; correlated
//   features share the credit.
// - **Feature contributions** split one prediction among the features: the model's reasons, not the world's.
// - **Partial dependence** shows how the average prediction moves with one feature.
// - A model can score well on a test set by relying on a shortcut that the test set shares. Explanations
//   reveal what it relies on; judging whether that is legitimate takes domain knowledge.
//
// **Next:** [09 · Capstone](09-capstone.cs): will it rain tomorrow? A project on Seattle's weather in which
// you do the work.

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
