// 07 · Models on the edge
// Lesson 07 of Machine Learning with C# as a .NET 10 file-based app: the notebook's code, run as one program.
//
// Run it from the course folder (or from anywhere, with the path to this file: it finds the data itself); the
// .NET 10 SDK is all it needs:
//     dotnet run --file notebooks/07-edge-deployment.cs
// It prints what the notebook shows under a cell: values and tables as text, each chart as an HTML file (it
// prints the file's path: open it in a browser). To do an exercise, replace the null in its answer cell and
// run it again; or, quicker, do the exercises in notebooks/07-edge-deployment.exercises.cs: the same
// exercises and checks without the rest of the lesson, so each try takes seconds.
//
// Made from notebooks/07-edge-deployment.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 07
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
// Parquet.Net@6.1.0, Microsoft.ML.FastTree@6.0.0, Microsoft.ML.OnnxConverter@0.24.0,
// Microsoft.ML.OnnxRuntime@1.32.0.
// Left out: Plotly.NET.Interactive, which only teaches the notebook kernel to display things.
#:package Microsoft.ML
#:package Microsoft.Data.Analysis
#:package Plotly.NET
#:package Plotly.NET.CSharp
#:package XPlot.Plotly
#:package Parquet.Net
#:package Microsoft.ML.FastTree
#:package Microsoft.ML.OnnxConverter
#:package Microsoft.ML.OnnxRuntime
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
using MLCourse.Deployment;
using System.IO;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using MLCourse.Exercises;

// The notebook kernel runs in the notebooks folder; so does this program, wherever it is started from, so
// that relative paths mean the same.
if (AppContext.GetData("EntryPointFileDirectoryPath") is string appFolder)
    Environment.CurrentDirectory = appFolder;
// The notebook kernel knows every code-page character set (windows-1252, ISO-2022-JP, …: its C# compiler
// registers them); so does this program, so that e-mail and other text decode the same.
System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

// # 07 · Models on the edge
//
// A model is only useful where predictions are needed: in a web service, a desktop or phone app, a device on
// a factory floor. Running it **on the edge**, inside the application that needs it, avoids a network round
// trip, works offline, and keeps the data on the device. This lesson takes lesson 05's fuel-economy model
// there.
//
// **You will learn to**
//
// - save an ML.NET model to a file and load it back;
// - export it to **ONNX**, the open format many runtimes read, and run it with **ONNX Runtime**;
// - check that both give the same predictions, and compare their size;
// - measure single-prediction latency as an application sees it (median and 99th percentile);
// - know which pipeline steps can be exported, and how a model ships in a console app or a web API.
MLCourse.ConsoleDisplay.Heading(1, "07 · Models on the edge");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// Three more packages: the tree trainers, ML.NET's ONNX exporter, and ONNX Runtime (which brings a native
// library for this platform).

// ── cell 4 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).

// The model is lesson 05's winner (boosted trees: 4 leaves, learning rate 0.1, 100 trees). An application
// sends the seven inputs it knows about a car, so the model is trained on exactly those columns and the
// label:

// ── cell 6 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var ml = new MLContext(seed: 1);
var cars = CourseData.LoadCars();
var known = cars.Filter(cars["Miles_per_Gallon"].ElementwiseIsNotNull());
known = known.Filter(known["Horsepower"].ElementwiseIsNotNull());
known.Columns.Add(new SingleDataFrameColumn("model_year", known["Year"].Cast<DateTime>().Select(d => (float)d.Year)));

string[] carFeatures = { "Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "model_year" };
var modelData = new DataFrame(carFeatures.Append("Origin").Append("Miles_per_Gallon").Select(name => known[name]));
var carSplit = ml.Data.TrainTestSplit(modelData, testFraction: 0.2, seed: 1);

var pipeline = ml.Transforms.Categorical.OneHotEncoding("OriginVector", "Origin")
    .Append(ml.Transforms.Concatenate("Features", carFeatures.Append("OriginVector").ToArray()))
    .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))   // a real z-score: the means and spreads travel with the model
    .Append(ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        { LabelColumnName = "Miles_per_Gallon", NumberOfLeaves = 4, LearningRate = 0.1, NumberOfTrees = 100, MinimumExampleCountPerLeaf = 5, NumberOfThreads = 1 }));
var model = pipeline.Fit(carSplit.TrainSet);
var mlnetScores = model.Transform(carSplit.TestSet).GetColumn<float>("Score").ToArray();
display($"trained; test MAE {ml.Regression.Evaluate(model.Transform(carSplit.TestSet), "Miles_per_Gallon").MeanAbsoluteError:0.00} MPG on {mlnetScores.Length} test cars");

// ## 1. Save and load
//
// `ml.Model.Save` writes the whole pipeline (the one-hot encoding, the normalizer's means and spreads, all
// 100 trees) and the input schema into one zip file. The files go to the course's `artifacts/models` folder,
// which git ignores.
MLCourse.ConsoleDisplay.Heading(2, "1. Save and load");

// ── cell 8 ─────────────────────────────────────────────────────────────────────────────────────────────────
var modelFolder = Path.Combine(CourseFolders.Find().Artifacts, "models");
Directory.CreateDirectory(modelFolder);
var zipPath = Path.Combine(modelFolder, "mpg-model.zip");
ml.Model.Save(model, carSplit.TrainSet.Schema, zipPath);

var loaded = ml.Model.Load(zipPath, out var inputSchema);
var loadedScores = loaded.Transform(carSplit.TestSet).GetColumn<float>("Score").ToArray();
var reloadDifference = mlnetScores.Zip(loadedScores).Max(p => Math.Abs(p.First - p.Second));
display($"{new FileInfo(zipPath).Length / 1024.0:0.0} KB on disk; the loaded model's predictions differ by at most {reloadDifference} MPG");

// **What to notice.** The loaded model predicts exactly what the trained one did: difference 0. An
// application needs only this file and the ML.NET packages; no training data, no notebook.
//
// ## 2. Export to ONNX
//
// **ONNX** (Open Neural Network Exchange) describes a model as a graph of standard operations. Runtimes exist
// for servers, browsers, phones and microcontrollers, in C#, C++, Python, Java and JavaScript, so one
// exported file serves them all. ML.NET's exporter translates each pipeline step into ONNX operators. It
// takes a sample of the input data to learn the input columns; we give it the training cars without the
// label, since an application does not send one:
MLCourse.ConsoleDisplay.Notice("The loaded model predicts exactly what the trained one did: difference 0. An application needs only this file and the ML.NET packages; no training data, no notebook.");
MLCourse.ConsoleDisplay.Heading(2, "2. Export to ONNX");

// ── cell 10 ────────────────────────────────────────────────────────────────────────────────────────────────
var onnxPath = Path.Combine(modelFolder, "mpg-model.onnx");
var inputsOnly = ml.Transforms.DropColumns("Miles_per_Gallon").Fit(carSplit.TrainSet).Transform(carSplit.TrainSet);   // what an application sends: no label
using (var file = File.Create(onnxPath))
    ml.Model.ConvertToOnnx(model, inputsOnly, file);
display($"{new FileInfo(onnxPath).Length / 1024.0:0.0} KB on disk");

// ONNX Runtime opens the file as an `InferenceSession`. Every input column became a named input of shape
// `[rows, 1]`; the prediction is the output `Score.output`:

// ── cell 12 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var sessionOptions = new SessionOptions { LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR };   // keep its shape-merging notices quiet
var session = new InferenceSession(onnxPath, sessionOptions);
display(session.InputMetadata.Select(i => new { input = i.Key, type = i.Value.ElementType.Name, shape = string.Join(" × ", i.Value.Dimensions) }).ToDataFrame());

// **What to notice.** The label `Miles_per_Gallon` is still listed (the exporter keeps the columns the
// trained pipeline knew), but nothing downstream of the prediction needs it, and ONNX Runtime computes only
// what the requested output needs, so we never feed it.
//
// ## 3. Do they agree?
//
// Run all test cars through ONNX Runtime in one call (one tensor per column), and compare with ML.NET's
// predictions:
MLCourse.ConsoleDisplay.Notice("The label Miles_per_Gallon is still listed (the exporter keeps the columns the trained pipeline knew), but nothing downstream of the prediction needs it, and ONNX Runtime computes only what the requested output needs, so we never feed it.");
MLCourse.ConsoleDisplay.Heading(2, "3. Do they agree?");

// ── cell 14 ────────────────────────────────────────────────────────────────────────────────────────────────
var testCars = carSplit.TestSet;
var rows = mlnetScores.Length;
var onnxInputs = carFeatures
    .Select(name => NamedOnnxValue.CreateFromTensor(name, new DenseTensor<float>(testCars.GetColumn<float>(name).ToArray(), new[] { rows, 1 })))
    .Append(NamedOnnxValue.CreateFromTensor("Origin", new DenseTensor<string>(testCars.GetColumn<string>("Origin").ToArray(), new[] { rows, 1 })))
    .ToList();
float[] onnxScores;
using (var outputs = session.Run(onnxInputs, new[] { "Score.output" }))
    onnxScores = outputs.Single().AsEnumerable<float>().ToArray();

var largestDifference = mlnetScores.Zip(onnxScores).Max(p => Math.Abs(p.First - p.Second));
display($"largest difference over {rows} test cars: {largestDifference:0.0e0} MPG");
display(Enumerable.Range(0, 5).Select(i => new { car = i, mlnet = mlnetScores[i], onnx = onnxScores[i] }).ToDataFrame());

// **What to notice.** The predictions agree to about a hundred-thousandth of an MPG: the same trees,
// evaluated in single-precision arithmetic in a slightly different order. For a deployed model, check exactly
// this after every export: same inputs, same outputs, within a tolerance you state.
//
// ## 4. How fast is one prediction?
//
// An application usually asks about one car at a time, so the number that matters is the **latency** of a
// single prediction, not the throughput of a batch. `Latency.Measure` calls a prediction 2,000 times (after
// 200 warm-up calls) and reports the **median** (p50, the typical wait) and the **99th percentile** (p99,
// what the slowest 1% of requests wait; for a busy service, that is many users).
MLCourse.ConsoleDisplay.Notice("The predictions agree to about a hundred-thousandth of an MPG: the same trees, evaluated in single-precision arithmetic in a slightly different order. For a deployed model, check exactly this after every export: same inputs, same outputs, within a tolerance you state.");
MLCourse.ConsoleDisplay.Heading(2, "4. How fast is one prediction?");

// ── cell 16 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: CarInput and MpgPrediction (at the end of the file).
var car = new CarInput { Cylinders = 4, Displacement = 110, Horsepower = 75, Weight_in_lbs = 2300, Acceleration = 16, model_year = 1980, Origin = "Japan" };
var engine = ml.Model.CreatePredictionEngine<CarInput, MpgPrediction>(loaded);

var oneCar = new List<NamedOnnxValue>
{
    NamedOnnxValue.CreateFromTensor("Cylinders", new DenseTensor<float>(new[] { car.Cylinders }, new[] { 1, 1 })),
    NamedOnnxValue.CreateFromTensor("Displacement", new DenseTensor<float>(new[] { car.Displacement }, new[] { 1, 1 })),
    NamedOnnxValue.CreateFromTensor("Horsepower", new DenseTensor<float>(new[] { car.Horsepower }, new[] { 1, 1 })),
    NamedOnnxValue.CreateFromTensor("Weight_in_lbs", new DenseTensor<float>(new[] { car.Weight_in_lbs }, new[] { 1, 1 })),
    NamedOnnxValue.CreateFromTensor("Acceleration", new DenseTensor<float>(new[] { car.Acceleration }, new[] { 1, 1 })),
    NamedOnnxValue.CreateFromTensor("model_year", new DenseTensor<float>(new[] { car.model_year }, new[] { 1, 1 })),
    NamedOnnxValue.CreateFromTensor("Origin", new DenseTensor<string>(new[] { car.Origin }, new[] { 1, 1 })),
};
float PredictWithOnnx()
{
    using var result = session.Run(oneCar, new[] { "Score.output" });
    return result.Single().AsEnumerable<float>().Single();
}

var engineLatency = Latency.Measure(() => engine.Predict(car));
var onnxLatency = Latency.Measure(() => PredictWithOnnx());
display(new[]
{
    new { runtime = "ML.NET PredictionEngine", prediction = engine.Predict(car).Score, p50Microseconds = Math.Round(engineLatency.P50, 1), p99Microseconds = Math.Round(engineLatency.P99, 1) },
    new { runtime = "ONNX Runtime", prediction = PredictWithOnnx(), p50Microseconds = Math.Round(onnxLatency.P50, 1), p99Microseconds = Math.Round(onnxLatency.P99, 1) },
}.ToDataFrame());

// **What to notice.** Both answer in microseconds: tens of thousands of predictions per second on one core,
// far below any network round trip (a millisecond on a local network, tens over the internet). For this small
// tree model, ML.NET's `PredictionEngine` is typically the faster of the two: ONNX Runtime pays a fixed cost
// per call for building named tensors and crossing into native code, which pays off for big models (neural
// networks), not for 100 small trees. The p99 is higher than the p50 for both: now and then a call is
// interrupted by garbage collection or the operating system, and the slowest 1% of calls carry those pauses.
// Timings vary from machine to machine and run to run; the runner's table marks them with ≈.
//
// `PredictionEngine` is not thread-safe: a web service uses one per thread, or a pool (below).
//
// ## 5. Which pipelines can be exported?
//
// Not every step has an ONNX translation. Rather than trust a list, try: each small pipeline below is fitted
// on the training cars and exported.
MLCourse.ConsoleDisplay.Notice("Both answer in microseconds: tens of thousands of predictions per second on one core, far below any network round trip (a millisecond on a local network, tens over the internet). For this small tree model, ML.NET's PredictionEngine is typically the faster of the two: ONNX Runtime pays a fixed cost per call for building named tensors and crossing into native code, which pays off for big models (neural networks), not for 100 small trees. (More in the lesson's text.)");
MLCourse.ConsoleDisplay.Heading(2, "5. Which pipelines can be exported?");

// ── cell 18 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: WeightOnly and WeightSquared (at the end of the file).
var steps = new (string Step, IEstimator<ITransformer> Estimator)[]
{
    ("NormalizeMeanVariance, NormalizeMinMax", ml.Transforms.NormalizeMeanVariance("Weight_in_lbs", fixZero: false).Append(ml.Transforms.NormalizeMinMax("Horsepower", fixZero: false))),
    ("OneHotEncoding, Concatenate", ml.Transforms.Categorical.OneHotEncoding("OriginVector", "Origin").Append(ml.Transforms.Concatenate("Features", "Weight_in_lbs", "OriginVector"))),
    ("ReplaceMissingValues", ml.Transforms.ReplaceMissingValues("Horsepower")),
    ("linear regression (SDCA)", ml.Transforms.Concatenate("Features", carFeatures).Append(ml.Regression.Trainers.Sdca("Miles_per_Gallon"))),
    ("random forest (FastForest)", ml.Transforms.Concatenate("Features", carFeatures).Append(ml.Regression.Trainers.FastForest("Miles_per_Gallon"))),
    ("k-means clustering", ml.Transforms.Concatenate("Features", carFeatures).Append(ml.Clustering.Trainers.KMeans(numberOfClusters: 3))),
    ("Expression (lesson 05's squares)", ml.Transforms.Expression("weight_squared", "w => w * w", "Weight_in_lbs")),
    ("CustomMapping (any C# code)", ml.Transforms.CustomMapping<WeightOnly, WeightSquared>((input, output) => output.weight_squared = input.Weight_in_lbs * input.Weight_in_lbs, null)),
    ("FeaturizeText (text to numbers)", ml.Transforms.Text.FeaturizeText("OriginText", "Origin")),
};
string TryExport(IEstimator<ITransformer> estimator)
{
    try
    {
        using var stream = new MemoryStream();
        ml.Model.ConvertToOnnx(estimator.Fit(carSplit.TrainSet), carSplit.TrainSet, stream);
        return "exports";
    }
    catch (Exception e)
    {
        return $"fails ({e.GetType().Name})";
    }
}
var exportable = steps.Select(s => new { step = s.Step, onnx = TryExport(s.Estimator) }).ToDataFrame();
display(exportable);

// **What to notice.** The usual building blocks export: the mean-variance and min-max normalizers, one-hot
// encoding, concatenation, missing-value replacement, linear models, tree ensembles, k-means. Steps that run
// arbitrary code do not: `Expression` and `CustomMapping` have no ONNX equivalent, so lesson 05's squared
// features would have to be computed by the application before calling an ONNX model (or stay in an ML.NET
// zip). `FeaturizeText` fails in this version with an internal error, which is why you try the export early,
// not on release day: a step's family is no guide (exercise 07.2 tries a few more). The course's
// `KNearestNeighbors` is not an ML.NET model at all. Other documented gaps: time-series transforms, image
// loading and TensorFlow or TorchSharp models.
//
// ## 6. Shipping the model
//
// **In a console app** (or a desktop or phone app), copy `mpg-model.zip` next to the program and load it
// once:
//
// ```csharp
// var ml = new MLContext();
// var model = ml.Model.Load("mpg-model.zip", out _);
// var engine = ml.Model.CreatePredictionEngine<CarInput, MpgPrediction>(model);
// Console.WriteLine(engine.Predict(new CarInput { Cylinders = 4, Horsepower = 75, /* … */ Origin = "Japan" }).Score);
// ```
//
// **In a minimal web API**, the `Microsoft.Extensions.ML` package keeps a thread-safe pool of prediction
// engines and reloads the file when it changes:
//
// ```csharp
// var builder = WebApplication.CreateBuilder(args);
// builder.Services.AddPredictionEnginePool<CarInput, MpgPrediction>().FromFile("mpg-model.zip", watchForChanges: true);
// var app = builder.Build();
// app.MapPost("/mpg", (PredictionEnginePool<CarInput, MpgPrediction> pool, CarInput car) => pool.Predict(car).Score);
// app.Run();
// ```
//
// **With ONNX**, any language with an ONNX Runtime binding loads `mpg-model.onnx` the way section 3 does:
// create one `InferenceSession` at start-up (it is thread-safe) and call `Run` per request. These listings
// are not executed in the lesson; they need a project of their own.
//
// **Coming from Python.** `joblib.dump` / `joblib.load` → `ml.Model.Save` / `Load`;
// `skl2onnx.convert_sklearn` → `ml.Model.ConvertToOnnx`; `onnxruntime.InferenceSession` is the same runtime
// with a C# API; a FastAPI endpoint → the minimal API above.
//
// ## 7. The bar
//
// The exported model must agree with ML.NET within 0.001 MPG, the reloaded one exactly; the latencies are
// published as timings.
MLCourse.ConsoleDisplay.Notice("The usual building blocks export: the mean-variance and min-max normalizers, one-hot encoding, concatenation, missing-value replacement, linear models, tree ensembles, k-means. Steps that run arbitrary code do not: Expression and CustomMapping have no ONNX equivalent, so lesson 05's squared features would have to be computed by the application before calling an ONNX model (or stay in an ML.NET zip). (More in the lesson's text.)");
MLCourse.ConsoleDisplay.Heading(2, "7. The bar");

// ── cell 20 ────────────────────────────────────────────────────────────────────────────────────────────────
if (largestDifference > 1e-3 || reloadDifference != 0)
    throw new InvalidOperationException($"Expected ONNX within 0.001 MPG of ML.NET and an exact reload; got {largestDifference} and {reloadDifference}.");
Course.Publish("onnx_max_difference_mpg", largestDifference);
Course.Publish("model_zip_kb", new FileInfo(zipPath).Length / 1024.0);
Course.Publish("model_onnx_kb", new FileInfo(onnxPath).Length / 1024.0);
Course.PublishTiming("engine_p50_us", engineLatency.P50);
Course.PublishTiming("engine_p99_us", engineLatency.P99);
Course.PublishTiming("onnx_p50_us", onnxLatency.P50);
Course.PublishTiming("onnx_p99_us", onnxLatency.P99);

// ## Exercises
//
// Replace the `null` in each answer cell, run it, then run the check below it. `Hint()` and `Solution()` help
// when you need them.
MLCourse.ConsoleDisplay.Heading(2, "Exercises");

// ── cell 22 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).

// ### Exercise 07.1 · The 99th percentile, by hand
//
// Write the percentile `Latency` uses, for p = 99: sort the values, and return the smallest value that has at
// least 99% of the values at or below it (the *nearest-rank* percentile). For 100 values that is the 99th
// smallest; for 3 values, the largest.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 07.1 · The 99th percentile, by hand");

// ── cell 24 · your answer to exercise 07.1 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<double[], double>? p99 = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 25 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson07.P99.Check(p99));

// ### Exercise 07.2 · Which steps block the export?
//
// A colleague wants to try these five steps in the fuel-economy pipeline, and the model must ship as ONNX:
//
// | step | the estimator |
// |---|---|
// | `NormalizeRobustScaling` | `ml.Transforms.NormalizeRobustScaling("Horsepower")` |
// | `NormalizeLogMeanVariance` | `ml.Transforms.NormalizeLogMeanVariance("Weight_in_lbs")` |
// | `NormalizeBinning` | `ml.Transforms.NormalizeBinning("Displacement")` |
// | `FastTreeTweedie` | `ml.Transforms.Concatenate("Features", carFeatures).Append(ml.Regression.Trainers.FastTreeTweedie("Miles_per_Gallon"))` |
// | `Gam` | `ml.Transforms.Concatenate("Features", carFeatures).Append(ml.Regression.Trainers.Gam("Miles_per_Gallon"))` |
//
// Which of them cannot be exported? Do not guess from the names: try them, as section 5 does. Answer with the
// names of the steps that fail, in the order of the table.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 07.2 · Which steps block the export?");

// ── cell 27 · your answer to exercise 07.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
IEnumerable<string>? blockedSteps = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 28 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson07.BlockedSteps.Check(blockedSteps));

// ### Exercise 07.3 · Why p99?
//
// Your fuel-economy API has a median latency of 50 µs but a p99 of 5 ms. A colleague says only the median
// matters. In two or three sentences: why watch the p99 too?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 07.3 · Why p99?");

// ── cell 30 · your answer to exercise 07.3 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string? whyP99 = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 31 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson07.WhyP99.Check(whyP99));

// Your progress so far:

// ── cell 33 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ## Summary
//
// - `ml.Model.Save` / `Load` round-trips a whole pipeline exactly; the zip file is all an application needs.
// - `ConvertToOnnx` exports the usual steps and trainers; ONNX Runtime then runs the model anywhere, agreeing
//   with ML.NET to about 1e-5 MPG here. Code-based steps (`Expression`, `CustomMapping`) do not export: try
//   the export early.
// - A single prediction takes microseconds with either runtime; for small models ML.NET's engine is faster,
//   ONNX pays off for large ones and for other languages and devices. Watch p99, not just p50.
// - Ship with `PredictionEngine` in an app, `PredictionEnginePool` in a web API, or an `InferenceSession`
//   anywhere ONNX Runtime runs.
//
// **Next:** [08 · Explainable AI](08-explainable-ai.cs): which features does the model rely on, and why did
// it predict this?

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);

// The types the lesson's cells declare. C# wants a program's types after its statements, so they are here.

// ── cell 16 · its types ────────────────────────────────────────────────────────────────────────────────────
public class CarInput
{
    public float Cylinders { get; set; }
    public float Displacement { get; set; }
    public float Horsepower { get; set; }
    public float Weight_in_lbs { get; set; }
    public float Acceleration { get; set; }
    public float model_year { get; set; }
    public string Origin { get; set; } = "";
}

public class MpgPrediction { public float Score { get; set; } }

// ── cell 18 · its types ────────────────────────────────────────────────────────────────────────────────────
public class WeightOnly { public float Weight_in_lbs { get; set; } }

public class WeightSquared { public float weight_squared { get; set; } }
