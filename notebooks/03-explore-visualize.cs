// 03 · Explore and visualize
// Lesson 03 of Machine Learning with C# as a .NET 10 file-based app: the notebook's code, run as one program.
//
// Run it from the course folder (or from anywhere, with the path to this file: it finds the data itself); the
// .NET 10 SDK is all it needs:
//     dotnet run --file notebooks/03-explore-visualize.cs
// It prints what the notebook shows under a cell: values and tables as text, each chart as an HTML file (it
// prints the file's path: open it in a browser). To do an exercise, replace the null in its answer cell and
// run it again; or, quicker, do the exercises in notebooks/03-explore-visualize.exercises.cs: the same
// exercises and checks without the rest of the lesson, so each try takes seconds.
//
// Made from notebooks/03-explore-visualize.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 03
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
using MLCourse.Data;
using MLCourse.Charts;
using MLCourse.Exercises;

// The notebook kernel runs in the notebooks folder; so does this program, wherever it is started from, so
// that relative paths mean the same.
if (AppContext.GetData("EntryPointFileDirectoryPath") is string appFolder)
    Environment.CurrentDirectory = appFolder;
// The notebook kernel knows every code-page character set (windows-1252, ISO-2022-JP, …: its C# compiler
// registers them); so does this program, so that e-mail and other text decode the same.
System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

// # 03 · Explore and visualize
//
// Before training anything, look at the data. Exploration answers the questions a model cannot: which
// variables matter, how they are distributed, how they relate, whether something is odd. In this lesson you
// explore the penguins and the cars with statistics and pictures, and end with what the data suggests we try
// in lesson 04.
//
// **You will learn to**
//
// - summarize a table with `Description()` and group-by aggregates;
// - see distributions with histograms and box plots;
// - see relationships with scatter plots, a scatter matrix and a correlation heatmap;
// - see trends over time;
// - and read all of it: what to notice, and what to be careful about.
//
// The charts come from the course's helper library (`PlotHistogram`, `PlotBox`, `PlotScatter`, …): each is
// one call on a DataFrame that returns an ordinary Plotly.NET chart, with titles, units and the same colour
// for the same species everywhere. Hover over any chart to read values; drag to zoom; double-click to zoom
// out.
MLCourse.ConsoleDisplay.Heading(1, "03 · Explore and visualize");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// ── cell 3 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).
var penguins = CourseData.LoadPenguins();
var cars = CourseData.LoadCars();
var weather = CourseData.LoadSeattleWeather();
display($"{penguins.Rows.Count} penguins, {cars.Rows.Count} cars, {weather.Rows.Count} days of Seattle weather");

// ## 1. Summary statistics
//
// `Description()` is the DataFrame's `describe()`: for each numeric column, the count of values, the mean,
// the minimum and the maximum.
//
// **Careful first.** Two penguins have no measurements at all (lesson 02). In DataFrame (as of 0.24, the
// version the course uses), `Description()` and a group-by's `Mean` divide by the number of *rows*, missing
// values included, as if each missing value were a 0: with those two rows in, the mean body mass reads 4,177
// g instead of 4,202 g (the next cell prints both). (A single column's `Mean()` gets it right; pandas skips
// missing values everywhere.) So summarize the measured penguins:
MLCourse.ConsoleDisplay.Heading(2, "1. Summary statistics");

// ── cell 5 ─────────────────────────────────────────────────────────────────────────────────────────────────
var meanWithUnmeasured = Convert.ToDouble(penguins.Description()["Body Mass (g)"][3]);   // row 3 of Description() is the mean
display($"Mean body mass from Description() with the two unmeasured penguins in: {meanWithUnmeasured:0} g");
var measured = penguins.Filter(penguins["Body Mass (g)"].ElementwiseIsNotNull());
display(measured.Description());

// **What to notice.** Body mass runs from 2,700 g to 6,300 g: more than a factor of two. A single mean (about
// 4,200 g) describes no penguin in particular when three species are mixed together. Group first, then
// summarize:
MLCourse.ConsoleDisplay.Notice("Body mass runs from 2,700 g to 6,300 g: more than a factor of two. A single mean (about 4,200 g) describes no penguin in particular when three species are mixed together. Group first, then summarize:");

// ── cell 7 ─────────────────────────────────────────────────────────────────────────────────────────────────
var means = measured.GroupBy<string>("Species").Mean("Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)");
display(means);

// ── cell 8 ─────────────────────────────────────────────────────────────────────────────────────────────────
display(measured.GroupBy<string>("Species").Count("Body Mass (g)"));

// **What to notice.** Gentoo penguins are about 1,350 g heavier than the other two species, with longer
// flippers but *shallower* beaks. Adelie and Chinstrap weigh the same, but Chinstraps have much longer beaks.
// Already, two measurements could tell the three species apart. The counts also show the classes are
// unbalanced: 151 Adelie, 123 Gentoo, 68 Chinstrap with a measured body mass.
//
// ## 2. Distributions
//
// A **histogram** counts how many values fall in each interval (bin):
MLCourse.ConsoleDisplay.Notice("Gentoo penguins are about 1,350 g heavier than the other two species, with longer flippers but shallower beaks. Adelie and Chinstrap weigh the same, but Chinstraps have much longer beaks. Already, two measurements could tell the three species apart. The counts also show the classes are unbalanced: 151 Adelie, 123 Gentoo, 68 Chinstrap with a measured body mass.");
MLCourse.ConsoleDisplay.Heading(2, "2. Distributions");

// ── cell 10 ────────────────────────────────────────────────────────────────────────────────────────────────
display(penguins.PlotHistogram("Body Mass (g)", bins: 30, title: "Body mass of all penguins"));

// **What to notice.** The shape has a long right shoulder: there seem to be two groups, a big one around
// 3,700 g and a smaller one around 5,000 g. A lumpy histogram often means a mixture of groups. Split it by
// species:
MLCourse.ConsoleDisplay.Notice("The shape has a long right shoulder: there seem to be two groups, a big one around 3,700 g and a smaller one around 5,000 g. A lumpy histogram often means a mixture of groups. Split it by species:");

// ── cell 12 ────────────────────────────────────────────────────────────────────────────────────────────────
display(penguins.PlotHistogram("Body Mass (g)", by: "Species", bins: 30, title: "Body mass by species"));

// **What to notice.** The second hump is the Gentoo penguins. Adelie and Chinstrap overlap almost completely:
// body mass alone cannot separate them.
//
// A **box plot** summarizes a distribution per group: the box spans the middle half of the values (the 1st to
// 3rd quartile), the line inside is the median, the whiskers reach the most extreme values within 1.5
// box-lengths, and points beyond them are drawn one by one as possible outliers.
MLCourse.ConsoleDisplay.Notice("The second hump is the Gentoo penguins. Adelie and Chinstrap overlap almost completely: body mass alone cannot separate them.");

// ── cell 14 ────────────────────────────────────────────────────────────────────────────────────────────────
display(penguins.PlotBox("Flipper Length (mm)", by: "Species", title: "Flipper length by species"));

// ── cell 15 ────────────────────────────────────────────────────────────────────────────────────────────────
display(penguins.PlotBox("Beak Length (mm)", by: "Species", title: "Beak length by species"));

// **What to notice.** Flipper length separates Gentoo from the others with almost no overlap. Beak length
// separates Adelie from the others. Each measurement separates a different pair: together they should
// separate all three. That is what a classifier learns.
//
// ## 3. Relationships
//
// A **scatter plot** puts one variable against another, one point per penguin:
MLCourse.ConsoleDisplay.Notice("Flipper length separates Gentoo from the others with almost no overlap. Beak length separates Adelie from the others. Each measurement separates a different pair: together they should separate all three. That is what a classifier learns.");
MLCourse.ConsoleDisplay.Heading(2, "3. Relationships");

// ── cell 17 ────────────────────────────────────────────────────────────────────────────────────────────────
display(penguins.PlotScatter("Flipper Length (mm)", "Body Mass (g)", by: "Species", title: "Longer flippers, heavier penguins"));

// **What to notice.** The cloud rises from left to right: a strong positive relationship. And the Gentoo
// penguins form their own cluster at the top right.
//
// Now beak length against beak depth. Before you look: would you expect longer beaks to be deeper, or
// shallower?
MLCourse.ConsoleDisplay.Notice("The cloud rises from left to right: a strong positive relationship. And the Gentoo penguins form their own cluster at the top right.");

// ── cell 19 ────────────────────────────────────────────────────────────────────────────────────────────────
display(penguins.PlotScatter("Beak Length (mm)", "Beak Depth (mm)", by: "Species", title: "Beak depth against beak length"));

// ── cell 20 ────────────────────────────────────────────────────────────────────────────────────────────────
var beakLength = ChartColumn("Beak Length (mm)");
var beakDepth = ChartColumn("Beak Depth (mm)");
IReadOnlyList<double?> ChartColumn(string name) => penguins[name].Cast<float?>().Select(v => (double?)v).ToList();

var overall = Statistics.Correlation(beakLength, beakDepth);
var species = penguins["Species"].Cast<string>().ToList();
var withinSpecies = species.Distinct().Order().Select(s =>
{
    var rows = Enumerable.Range(0, species.Count).Where(i => species[i] == s).ToList();
    return new { species = s, correlation = Math.Round(Statistics.Correlation(rows.Select(i => beakLength[i]).ToList(), rows.Select(i => beakDepth[i]).ToList()), 2) };
}).ToList();
display($"All penguins together: r = {overall:0.00}");
display(withinSpecies.ToDataFrame());

// **What to notice.** This is **Simpson's paradox**. Taken together, longer beaks look *shallower* (r ≈
// −0.24). Within every species, longer beaks are *deeper* (r from +0.39 to +0.65). The overall trend is an
// artefact of mixing species: Gentoos have long, shallow beaks. A model that ignores species would learn the
// wrong direction. Always look at relationships within groups too.
//
// A **scatter matrix** shows every pair of variables at once (seaborn's `pairplot`):
MLCourse.ConsoleDisplay.Notice("This is Simpson's paradox. Taken together, longer beaks look shallower (r ≈ −0.24). Within every species, longer beaks are deeper (r from +0.39 to +0.65). The overall trend is an artefact of mixing species: Gentoos have long, shallow beaks. A model that ignores species would learn the wrong direction. Always look at relationships within groups too.");

// ── cell 22 ────────────────────────────────────────────────────────────────────────────────────────────────
var measurements = new[] { "Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)" };
display(penguins.PlotScatterMatrix(measurements, by: "Species", title: "Every pair of penguin measurements"));

// **What to notice.** In several panels the three species form separate clouds, for instance beak length
// against beak depth, or beak length against flipper length. Panels where the clouds overlap (body mass
// against flipper length, for Adelie and Chinstrap) are less useful for telling species apart.
//
// A **correlation matrix** puts a number on each pair: the Pearson correlation, from −1 (one falls as the
// other rises) through 0 (no linear relationship) to +1 (they rise together).
MLCourse.ConsoleDisplay.Notice("In several panels the three species form separate clouds, for instance beak length against beak depth, or beak length against flipper length. Panels where the clouds overlap (body mass against flipper length, for Adelie and Chinstrap) are less useful for telling species apart.");

// ── cell 24 ────────────────────────────────────────────────────────────────────────────────────────────────
display(penguins.PlotCorrelation(measurements, title: "Correlation between the penguin measurements"));

// **What to notice.** Flipper length and body mass are strongly correlated (0.87): they carry much the same
// information. Beak depth is negatively correlated with both, because of the Gentoos (Simpson's paradox
// again). Correlation measures *linear* relationships only, and says nothing about cause.
//
// ## 4. The cars: what drives fuel economy?
//
// The same tools on another dataset: 406 cars from 1970 to 1982, and their fuel economy in miles per gallon
// (MPG).
MLCourse.ConsoleDisplay.Notice("Flipper length and body mass are strongly correlated (0.87): they carry much the same information. Beak depth is negatively correlated with both, because of the Gentoos (Simpson's paradox again). Correlation measures linear relationships only, and says nothing about cause.");
MLCourse.ConsoleDisplay.Heading(2, "4. The cars: what drives fuel economy?");

// ── cell 26 ────────────────────────────────────────────────────────────────────────────────────────────────
var carMeasures = new[] { "Miles_per_Gallon", "Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration" };
display(cars.PlotCorrelation(carMeasures, title: "Correlation between the car measurements"));

// **What to notice.** Miles per gallon falls with weight, displacement, horsepower and cylinders
// (correlations around −0.8). Those four are also strongly correlated with each other: big engines come in
// heavy cars. For a model, they are partly redundant.
MLCourse.ConsoleDisplay.Notice("Miles per gallon falls with weight, displacement, horsepower and cylinders (correlations around −0.8). Those four are also strongly correlated with each other: big engines come in heavy cars. For a model, they are partly redundant.");

// ── cell 28 ────────────────────────────────────────────────────────────────────────────────────────────────
display(cars.PlotScatter("Weight_in_lbs", "Miles_per_Gallon", by: "Origin", title: "Heavier cars use more fuel", xTitle: "weight (lb)", yTitle: "fuel economy (miles per gallon)"));

// **What to notice.** A clear downward curve: it bends, flattening for heavy cars, so a straight line will
// fit it only roughly. American cars are the heavy ones; the European and Japanese cars are light and
// economical. Origin is partly a stand-in for weight.
//
// ## 5. Trends over time
//
// Seattle's weather, one row per day from 2012 to 2015. A line chart shows how a value changes over time:
MLCourse.ConsoleDisplay.Notice("A clear downward curve: it bends, flattening for heavy cars, so a straight line will fit it only roughly. American cars are the heavy ones; the European and Japanese cars are light and economical. Origin is partly a stand-in for weight.");
MLCourse.ConsoleDisplay.Heading(2, "5. Trends over time");

// ── cell 30 ────────────────────────────────────────────────────────────────────────────────────────────────
display(weather.PlotLine("date", "temp_max", title: "Daily maximum temperature in Seattle", xTitle: "date", yTitle: "maximum temperature (°C)"));

// **What to notice.** A clear yearly cycle, from around 5 °C in winter to around 30 °C in summer, with a lot
// of day-to-day noise. Averaging by month shows the pattern more clearly:
MLCourse.ConsoleDisplay.Notice("A clear yearly cycle, from around 5 °C in winter to around 30 °C in summer, with a lot of day-to-day noise. Averaging by month shows the pattern more clearly:");

// ── cell 32 ────────────────────────────────────────────────────────────────────────────────────────────────
var months = new PrimitiveDataFrameColumn<int>("month", weather["date"].Cast<DateTime>().Select(d => d.Month));
var withMonth = weather.Clone();
withMonth.Columns.Add(months);
var monthly = withMonth.GroupBy<int>("month").Mean("temp_max", "precipitation").OrderBy("month");
display(monthly.PlotBar("month", "precipitation", title: "Mean daily precipitation by month", yTitle: "precipitation (mm per day)"));

// ── cell 33 ────────────────────────────────────────────────────────────────────────────────────────────────
double RainPerDay(int month) => Enumerable.Range(0, (int)monthly.Rows.Count)
    .Where(row => (int)monthly["month"][row] == month).Select(row => Convert.ToDouble(monthly["precipitation"][row])).Single();
var winterToSummer = new[] { 11, 12, 1 }.SelectMany(winter => new[] { 7, 8 }.Select(summer => RainPerDay(winter) / RainPerDay(summer))).ToList();
display($"Mean daily rain in November, December or January against July or August: {winterToSummer.Min():0.0} to {winterToSummer.Max():0.0} times as much");

// **What to notice.** Seattle's reputation is a winter one: a day in November, December or January brings, on
// average, about 3 to 14 times the rain of a day in July or August (the ratio depends on which two months you
// compare; July is by far the driest). Read the bars one by one, though: the winter months are not the only
// wet ones.
//
// How often is each kind of weather recorded?
MLCourse.ConsoleDisplay.Notice("Seattle's reputation is a winter one: a day in November, December or January brings, on average, about 3 to 14 times the rain of a day in July or August (the ratio depends on which two months you compare; July is by far the driest). Read the bars one by one, though: the winter months are not the only wet ones.");

// ── cell 35 ────────────────────────────────────────────────────────────────────────────────────────────────
var labelCounts = weather.GroupBy<string>("weather").Count("date").OrderByDescending("date");
labelCounts["date"].SetName("days");
display(labelCounts.PlotBar("weather", "days", title: "Days of each weather label, 2012 to 2015", yTitle: "days"));

// **What to notice.** Rain and sun make up almost 90% of the days; snow has 26. A model that predicts the
// weather label will find the rare classes hard, and *accuracy* will hide that (always answering "rain" is
// already right 44% of the time). Lessons 05 and 09 come back to this.
//
// ## 6. The same chart with XPlot.Plotly
//
// XPlot.Plotly is the other charting library you will meet in .NET notebooks. It builds the same Plotly
// charts from *trace* objects; the course's setup registers a formatter so that it renders here too. Note the
// different style: XPlot's `WithTitle` changes the chart in place, where Plotly.NET returns a new chart.
MLCourse.ConsoleDisplay.Notice("Rain and sun make up almost 90% of the days; snow has 26. A model that predicts the weather label will find the rare classes hard, and accuracy will hide that (always answering \"rain\" is already right 44% of the time). Lessons 05 and 09 come back to this.");
MLCourse.ConsoleDisplay.Heading(2, "6. The same chart with XPlot.Plotly");

// ── cell 37 ────────────────────────────────────────────────────────────────────────────────────────────────
var mpg = cars["Miles_per_Gallon"].Cast<float?>().Where(v => v.HasValue).Select(v => v!.Value).ToArray();
var xplotChart = XPlot.Plotly.Chart.Plot(new XPlot.Plotly.Histogram { x = mpg, nbinsx = 25 });
xplotChart.WithTitle($"Fuel economy of {mpg.Length} cars (XPlot.Plotly)");
xplotChart.WithXTitle("miles per gallon");
xplotChart.WithYTitle("count");
display(xplotChart);

// **Coming from Python.** `df.describe()` is `df.Description()`; `df.groupby("Species").mean()` is
// `df.GroupBy<string>("Species").Mean(…)`; seaborn's `histplot`, `boxplot`, `scatterplot`, `pairplot` and
// `heatmap(df.corr())` are `PlotHistogram`, `PlotBox`, `PlotScatter`, `PlotScatterMatrix` and
// `PlotCorrelation` here; Plotly Express users will recognise the charts themselves.
//
// ## 7. The numbers behind the pictures
//
// The course checks what it claims. These are the relationships the charts showed:
MLCourse.ConsoleDisplay.Heading(2, "7. The numbers behind the pictures");

// ── cell 39 ────────────────────────────────────────────────────────────────────────────────────────────────
var flipperMass = Statistics.Correlation(ChartColumn("Flipper Length (mm)"), ChartColumn("Body Mass (g)"));
var carColumn = (string name) => cars[name].Cast<float?>().Select(v => (double?)v).ToList();
var weightMpg = Statistics.Correlation(carColumn("Weight_in_lbs"), carColumn("Miles_per_Gallon"));

if (flipperMass < 0.8 || overall > 0 || withinSpecies.Any(s => s.correlation <= 0) || weightMpg > -0.7)
    throw new InvalidOperationException($"Expected flipper length and body mass strongly correlated (> 0.8), Simpson's paradox in beaks (overall < 0, every species > 0) and weight against MPG below -0.7; got {flipperMass:0.00}, {overall:0.00}, [{string.Join(", ", withinSpecies.Select(s => s.correlation))}], {weightMpg:0.00}.");
MLCourse.Course.Publish("flipper_mass_r", flipperMass);
MLCourse.Course.Publish("beak_r_overall", overall);
MLCourse.Course.Publish("weight_mpg_r", weightMpg);

// ## Exercises
//
// Replace the `null` in each answer cell, run it, then run the check below it. `Hint()` and `Solution()` help
// when you need them, for example `Lesson03.WettestMonths.Hint()`.
MLCourse.ConsoleDisplay.Heading(2, "Exercises");

// ── cell 41 ────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its using directives (at the top).

// ### Exercise 03.1 · How much heavier is a Gentoo?
//
// On average, how many grams heavier is a Gentoo penguin than an Adelie penguin? Compute it from the data
// rather than reading it off a chart.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 03.1 · How much heavier is a Gentoo?");

// ── cell 43 · your answer to exercise 03.1 ─────────────────────────────────────────────────────────────────
double? gentooExtraMass = null;

// ── cell 44 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson03.GentooExtraMass.Check(gentooExtraMass));

// ### Exercise 03.2 · How far apart are their beaks?
//
// The charts of section 2 suggest that beak length tells an Adelie from a Chinstrap, and body mass does not.
// Put a number on "how far apart": the difference of the two species' mean beak lengths (Chinstrap minus
// Adelie), divided by their **pooled standard deviation**
//
// $$s = \sqrt{\frac{(n_1 - 1)\,s_1^2 + (n_2 - 1)\,s_2^2}{n_1 + n_2 - 2}}$$
//
// where $n$ is the number of measured penguins of a species and $s^2$ its sample variance. This is *Cohen's
// d*: it says how many standard deviations apart two groups are, whatever the unit (by convention, 0.2 is a
// small difference and 0.8 a large one). Compute it for beak length, from `measured`: that is the number the
// check asks for. (Once it is right, run the same code on body mass, for comparison: the check does not ask
// for it, and the number says what the charts suggested.)
MLCourse.ConsoleDisplay.Heading(3, "Exercise 03.2 · How far apart are their beaks?");

// ── cell 46 · your answer to exercise 03.2 ─────────────────────────────────────────────────────────────────
double? beakSeparation = null;

// ── cell 47 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson03.BeakSeparation.Check(beakSeparation));

// ### Exercise 03.3 · Horsepower against fuel economy
//
// Compute the Pearson correlation between the cars' horsepower and their miles per gallon. Before you run it:
// which sign do you expect?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 03.3 · Horsepower against fuel economy");

// ── cell 49 · your answer to exercise 03.3 ─────────────────────────────────────────────────────────────────
double? horsepowerMpg = null;

// ── cell 50 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson03.HorsepowerMpgCorrelation.Check(horsepowerMpg));

// ### Exercise 03.4 · The three wettest months
//
// Which three months have the most precipitation per day, on average over 2012 to 2015? Answer with their
// numbers (1 = January), wettest first.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 03.4 · The three wettest months");

// ── cell 52 · your answer to exercise 03.4 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
IEnumerable<int>? wettestMonths = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 53 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson03.WettestMonths.Check(wettestMonths));

// ### Exercise 03.5 · Longer flippers, heavier penguins?
//
// Flipper length and body mass correlate at 0.87. A colleague concludes that a penguin that grew longer
// flippers would become heavier. In two or three sentences: what is wrong with that reasoning?
MLCourse.ConsoleDisplay.Heading(3, "Exercise 03.5 · Longer flippers, heavier penguins?");

// ── cell 55 · your answer to exercise 03.5 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
string? correlationNotCause = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 56 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson03.CorrelationNotCause.Check(correlationNotCause));

// Your progress so far:

// ── cell 58 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ## What did we learn?
//
// - **The penguin species are visibly different.** Flipper length separates Gentoo; beak length separates
//   Adelie; together, two or three measurements should tell all three apart. That is a **classification**
//   problem, and lesson 04 trains classifiers for it.
// - **Fuel economy falls with weight and engine size,** along a curve. Predicting a number from other numbers
//   is **regression**, also in lesson 04; the curve hints that a straight line will not be the best model.
// - **The species form clusters** even without their labels. Finding groups without labels is **clustering**
//   (k-means, lesson 04).
// - **Be careful:** overall trends can reverse within groups (Simpson's paradox); correlated inputs carry
//   overlapping information; rare classes hide behind accuracy.
//
// **Next:** [04 · Select and train models](04-train-models.cs): train the classifiers, regressors and
// clusters this lesson motivated.

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
