// 00 · Welcome to Machine Learning with C#
// Lesson 00 of Machine Learning with C# as a .NET 10 file-based app: the notebook's code, run as one program.
//
// Run it from the course folder (or from anywhere, with the path to this file: it finds the data itself); the
// .NET 10 SDK is all it needs:
//     dotnet run --file notebooks/00-welcome.cs
// It prints what the notebook shows under a cell: values and tables as text, each chart as an HTML file (it
// prints the file's path: open it in a browser).
//
// Made from notebooks/00-welcome.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 00
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
// Parquet.Net@6.1.0.
// Left out: Plotly.NET.Interactive, which only teaches the notebook kernel to display things.
#:package Microsoft.ML
#:package Microsoft.Data.Analysis
#:package Plotly.NET
#:package Plotly.NET.CSharp
#:package XPlot.Plotly
#:package Parquet.Net
#:project ../src/MLCourse/MLCourse.csproj

// The namespaces the notebook kernel imports in every cell, then those the lesson's cells import.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Data.Analysis;
using Plotly.NET.CSharp;
using MLCourse.Charts;

// The notebook kernel runs in the notebooks folder; so does this program, wherever it is started from, so
// that relative paths mean the same.
if (AppContext.GetData("EntryPointFileDirectoryPath") is string appFolder)
    Environment.CurrentDirectory = appFolder;
// The notebook kernel knows every code-page character set (windows-1252, ISO-2022-JP, …: its C# compiler
// registers them); so does this program, so that e-mail and other text decode the same.
System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

// # 00 · Welcome to Machine Learning with C#
//
// This course teaches practical machine learning in C# and .NET, one notebook at a time: you collect and
// prepare data, explore and visualize it, train models, evaluate and improve them, and then look at AutoML,
// models on the edge and explainable AI.
//
// **In this lesson you will learn**
//
// - why C# and .NET are a good home for machine learning;
// - how a notebook works: cells, the kernel, restarting it, running everything;
// - what each lesson of the course teaches;
// - what your Python habits are called in .NET;
// - and you will see your first DataFrame and your first chart, produced right here.
//
// **Before you run anything, build the course's helper library once.** In a terminal, in the course folder
// (the one with `course.sln`), run `dotnet build src/MLCourse`. Every lesson loads it; without it the setup
// cell below stops with *error CS0006: Metadata file '../src/MLCourse/bin/MLCourse.dll' could not be found*.
// (In GitHub Codespaces this has already been done for you.)
//
// **Then choose the kernel and run the setup cell below.** When VS Code asks for a kernel, choose **.NET
// Interactive** (in Jupyter, **.NET (C#)**). Click the setup cell, then press `Shift+Enter`. Every lesson
// starts with the same setup cell. The first run downloads the packages and takes a minute; after that it
// takes a few seconds.
MLCourse.ConsoleDisplay.Heading(1, "00 · Welcome to Machine Learning with C#");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// **What to notice.** The course banner, the line that starts with *Machine Learning with C#*, gives the
// course version, the versions of the libraries that were loaded, and where the course's `data/` folder is.
// If it says *data folder not found*, the lesson was started from somewhere other than the course folder:
// open the notebook from the course's `notebooks/` folder (or run the app from the course folder).
//
// `#r "nuget: Name, Version"` is how a notebook installs a package (like `pip install` in a Python notebook,
// but pinned to an exact version, so everyone gets the same results). `#r "../src/MLCourse/bin/MLCourse.dll"`
// loads the course's small helper library, and `Course.Start()` prepares the notebook for charts.
//
// ## Why C# and .NET for machine learning?
//
// Python is the language most machine-learning tutorials use, and it is a fine one. C# and .NET are a strong
// choice too, for reasons that matter most once a model has to leave the notebook:
//
// - **Simplicity and readability.** Modern C# is concise: top-level statements, `var`, records, LINQ and
//   pattern matching read almost like a description of the data. The compiler checks types *before* the code
//   runs, so a misspelled column or a string where a number belongs is caught early, and your editor
//   completes names for you.
// - **The libraries.** [ML.NET](https://dotnet.microsoft.com/apps/ai/ml-dotnet) covers classification,
//   regression, clustering, ranking, anomaly detection and more, with fast tree ensembles (FastTree,
//   LightGBM). `Microsoft.Data.Analysis` provides the `DataFrame`. Plotly.NET and XPlot draw interactive
//   charts. ONNX Runtime runs models exported from .NET *or* from Python.
// - **The community.** .NET is open source, runs on Windows, Linux and macOS, and is used by millions of
//   developers; ML.NET's samples, docs and issue tracker are public.
// - **Versatility.** Supervised learning (learning from labelled examples: classification and regression) and
//   unsupervised learning (finding structure without labels: clustering, anomaly detection) are built into
//   ML.NET. Reinforcement learning (learning from rewards by acting in an environment) is not part of ML.NET;
//   in .NET it is done with general-purpose libraries such as TorchSharp or with code of your own, as lesson
//   12 does.
// - **Integration.** The model you train is a .NET object. The same code runs inside an ASP.NET web API, a
//   desktop or mobile app, an Azure Function, a background service next to your database, or a console
//   program on a small device. No second language, no separate model server.
MLCourse.ConsoleDisplay.Notice("The course banner, the line that starts with Machine Learning with C#, gives the course version, the versions of the libraries that were loaded, and where the course's data/ folder is. If it says data folder not found, the lesson was started from somewhere other than the course folder: open the notebook from the course's notebooks/ folder (or run the app from the course folder).");

// ## How a notebook works
//
// A notebook is a list of **cells**. *Markdown* cells, like this one, hold text. *Code* cells hold C# that
// you run with `Shift+Enter`; what the code produces appears below the cell.
//
// The code runs in a **kernel**: a C# process that stays alive between cells and remembers everything you
// defined. Run the next two cells in order.
//
// *Running this lesson as a program* (`dotnet run --file notebooks/00-welcome.cs`)? Then there is no kernel
// to keep state between runs: each run is a new process that runs every cell once, from the top, in the
// file's order, and prints what each cell would show. So the order is always right, and `cellsRun` is 2 on
// every run. What this lesson says about cells and restarting is about notebooks.
MLCourse.ConsoleDisplay.Heading(2, "How a notebook works");

// ── cell 5 ─────────────────────────────────────────────────────────────────────────────────────────────────
var greeting = "Hello from C#";
var cellsRun = 1;

// ── cell 6 ─────────────────────────────────────────────────────────────────────────────────────────────────
cellsRun++;
display($"{greeting}: this cell used 'greeting' from the cell before, and cellsRun is now {cellsRun}.");

// **What to notice.** The second cell used `greeting` from the first one: the kernel keeps state. The value
// of a cell's *last expression* (here the string) is shown as the cell's output, with no `Console.WriteLine`
// needed.
//
// Because state lives in the kernel, **the order in which you run cells matters**, not their order on the
// page. Run the cell above a few more times and watch `cellsRun` grow. When things get confusing:
//
// - **Restart the kernel** (the *Restart* button in the notebook toolbar) to forget everything, then
// - **Run All** (the *Run All* button) to run every cell from the top, in order.
//
// Restart and Run All is also what you do after the course's helper library has been rebuilt: a loaded
// library is never reloaded by a running kernel.
//
// ## The course map
//
// | # | lesson | you learn to |
// |---|---|---|
// | 00 | welcome | know why C# for ML, run a notebook, translate Python habits |
// | 01 | collect data | load CSV, JSON, a SQL database, an HTTP API, and a 3-million-row Parquet file |
// | 02 | prepare data | handle missing values and duplicates, fix types, treat outliers, normalize and encode |
// | 03 | explore and visualize | summarize, plot distributions and relationships, read a correlation matrix |
// | 04 | select and train models | split data, train classifiers (decision tree, SVM, k-NN, logistic regression), regressors and k-means |
// | 05 | evaluate and optimize | measure accuracy, precision, recall, F1, ROC and PR curves, cross-validate, tune hyperparameters |
// | 06 | AutoML | let a time-budgeted search pick the model and its hyperparameters |
// | 07 | models on the edge | save a model, export it to ONNX, run it with ONNX Runtime, measure size and latency |
// | 08 | explainable AI | explain models with permutation importance, per-prediction contributions and partial dependence |
// | 09 | capstone | forecast tomorrow's rain in Seattle, end to end, doing most of the work yourself |
//
// Each lesson has the same shape: what you will learn, short cells each followed by *what to notice*, a
// *coming from Python* note, exercises that check themselves, and a summary.
//
// ## Coming from Python
//
// | in Python you use | in this course you use | note |
// |---|---|---|
// | Jupyter / JupyterLab | Polyglot Notebooks in VS Code (`.ipynb`) | same file format; the kernel is C# |
// | `pip install pandas` | `#r "nuget: Microsoft.Data.Analysis, 0.24.0"` | packages are installed from the notebook itself, at an exact version |
// | pandas `DataFrame` | `Microsoft.Data.Analysis.DataFrame` | `df.describe()` is `df.Description()`; `df.head()` is `df.Head(5)` |
// | scikit-learn | ML.NET (`Microsoft.ML`) | `fit` / `predict` become `Fit` / `Transform`; a model is an `ITransformer` |
// | scikit-learn `Pipeline` | an ML.NET estimator chain, `a.Append(b)` | preprocessing and model are trained and saved together |
// | matplotlib / seaborn | Plotly.NET (and XPlot.Plotly) | charts are interactive: hover, zoom, pan |
// | NumPy arrays | arrays, `Span<T>`, LINQ | C# loops are fast; you rarely need to vectorize by hand |
// | `print(x)` | `x` as the last line of a cell, `display(x)`, or `Console.WriteLine(x)` | |
//
// ## Your first DataFrame
//
// Here are nine real penguins from the Palmer Archipelago (Antarctica) dataset, three of each species. Lesson
// 01 loads all 344 of them from a file; here we type them in, to see how a `DataFrame` is built from columns.
MLCourse.ConsoleDisplay.Notice("The second cell used greeting from the first one: the kernel keeps state. The value of a cell's last expression (here the string) is shown as the cell's output, with no Console.WriteLine needed.");
MLCourse.ConsoleDisplay.Heading(2, "Your first DataFrame");

// ── cell 8 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var penguins = new DataFrame(
    new StringDataFrameColumn("species", new[] { "Adelie", "Adelie", "Adelie", "Chinstrap", "Chinstrap", "Chinstrap", "Gentoo", "Gentoo", "Gentoo" }),
    new DoubleDataFrameColumn("beak_length_mm", new[] { 39.1, 39.5, 40.3, 46.5, 50.0, 51.3, 46.1, 50.0, 48.7 }),
    new DoubleDataFrameColumn("flipper_length_mm", new[] { 181.0, 186, 195, 192, 196, 193, 211, 230, 210 }),
    new DoubleDataFrameColumn("body_mass_g", new[] { 3750.0, 3800, 3250, 3500, 3900, 3650, 4500, 5700, 4450 }));

display(penguins);

// **What to notice.** A `DataFrame` is a set of named, typed columns, like a pandas DataFrame. It is shown as
// a table: one column per field (a notebook also numbers the rows on the left). Each column knows its type:
// `species` holds strings, the measurements hold `double`s.
//
// A DataFrame can summarize itself. `Description()` is pandas' `describe()`:
MLCourse.ConsoleDisplay.Notice("A DataFrame is a set of named, typed columns, like a pandas DataFrame. It is shown as a table: one column per field (a notebook also numbers the rows on the left). Each column knows its type: species holds strings, the measurements hold doubles.");

// ── cell 10 ────────────────────────────────────────────────────────────────────────────────────────────────
display(penguins.Description());

// **What to notice.** For each numeric column: how many values, their maximum, minimum and mean. Gentoo
// penguins pull the flipper-length maximum up to 230 mm; the means hide that the three species differ. A
// picture shows it better.
//
// ## Your first chart
//
// Plotly.NET draws interactive charts: hover over a point to read its values, drag to zoom, double-click to
// zoom back out. We draw flipper length against body mass, one colour per species: `GroupBy` splits the rows
// by species, `Chart.Point` makes one scatter trace per group, and `Chart.Combine` overlays them. `WithTitle`
// and `WithAxisTitles` come from the course's helper library (they save some ceremony in Plotly.NET's C#
// API); the axis titles say the units.
MLCourse.ConsoleDisplay.Notice("For each numeric column: how many values, their maximum, minimum and mean. Gentoo penguins pull the flipper-length maximum up to 230 mm; the means hide that the three species differ. A picture shows it better.");
MLCourse.ConsoleDisplay.Heading(2, "Your first chart");

// ── cell 12 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var bySpecies = penguins.GroupBy<string>("species").Groupings.Select(group => Chart.Point<double, double, string>(
    x: group.Select(row => (double)row["flipper_length_mm"]),
    y: group.Select(row => (double)row["body_mass_g"]),
    Name: group.Key));

display(Chart.Combine(bySpecies)
    .WithTitle("Heavier penguins have longer flippers")
    .WithAxisTitles(x: "flipper length (mm)", y: "body mass (g)"));

// **What to notice.** The points rise from left to right: penguins with longer flippers are heavier. And the
// species sit in different places: the Gentoo penguins are the big ones. A model that had to tell the species
// apart from measurements would have a lot to work with, which is exactly what lesson 04 does.
//
// *No chart?* In a notebook, Plotly loads its drawing code from the internet the first time it shows a chart;
// offline, the chart area stays empty (the README's *Troubleshooting* says how to draw offline). As a
// program, each chart is a page in `artifacts/charts/` that draws offline: open the path the program prints
// in a browser.
//
// ## Putting a number on it
//
// "The points rise" can be measured: the **correlation** between two columns is +1 when they rise together
// perfectly, 0 when they are unrelated, and −1 when one falls as the other rises. Here is the Pearson
// correlation, computed with LINQ from its definition.
MLCourse.ConsoleDisplay.Notice("The points rise from left to right: penguins with longer flippers are heavier. And the species sit in different places: the Gentoo penguins are the big ones. A model that had to tell the species apart from measurements would have a lot to work with, which is exactly what lesson 04 does.");
MLCourse.ConsoleDisplay.Heading(2, "Putting a number on it");

// ── cell 14 ────────────────────────────────────────────────────────────────────────────────────────────────
double[] flipper = penguins["flipper_length_mm"].Cast<double>().ToArray();
double[] mass = penguins["body_mass_g"].Cast<double>().ToArray();

double Correlation(double[] x, double[] y)
{
    double mx = x.Average(), my = y.Average();
    double covariance = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
    return covariance / Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) * y.Sum(b => (b - my) * (b - my)));
}

var r = Correlation(flipper, mass);
MLCourse.Course.Publish("flipper_mass_r", r);

// **What to notice.** About 0.89: a strong positive relationship, as the chart suggested. `Course.Publish`
// records a lesson's headline number: when the whole course is run headlessly, these numbers are collected
// into the runner's report and checked against their pinned values (a notebook also shows the line; an app
// leaves it to the report). Nine penguins are a tiny sample; in lesson 03 you will compute this on the 342
// penguins that were measured (two of the 344 have no measurements) and see the full correlation matrix.
//
// The course checks its own numbers, so a silent mistake cannot slip through. This cell fails loudly if the
// correlation is not what the chart shows:
MLCourse.ConsoleDisplay.Notice("About 0.89: a strong positive relationship, as the chart suggested. Course.Publish records a lesson's headline number: when the whole course is run headlessly, these numbers are collected into the runner's report and checked against their pinned values (a notebook also shows the line; an app leaves it to the report). Nine penguins are a tiny sample; in lesson 03 you will compute this on the 342 penguins that were measured (two of the 344 have no measurements) and see the full correlation matrix.");

// ── cell 16 ────────────────────────────────────────────────────────────────────────────────────────────────
if (r is < 0.8 or > 0.95)
    throw new InvalidOperationException($"Expected a strong positive correlation (0.80 to 0.95) between flipper length and body mass for these nine penguins; got {r:0.000}. Re-run the cells from the DataFrame cell down.");
display($"Check passed: r = {r:0.000}");

// ## Summary
//
// - C# and .NET give you typed, readable code, fast libraries (ML.NET, DataFrame, Plotly.NET, ONNX Runtime)
//   and models that ship inside any .NET app.
// - A notebook's code runs in a kernel that keeps state; when in doubt, **Restart** and **Run All**.
// - `#r "nuget: …"` installs a package; every lesson starts with the same setup cell.
// - A `DataFrame` holds named, typed columns; `Description()` summarizes them; Plotly.NET turns them into
//   interactive charts.
//
// **Next:** [01 · Collect data](01-collect-data.cs): load real data from files, a database, a web API and a
// 3-million-row file.

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
