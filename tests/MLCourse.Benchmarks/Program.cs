using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Analysis;
using MLCourse;
using MLCourse.Data;
using MLCourse.Tests.Support;

// CSV → DataFrame: the course's Csv.Load against DataFrame.LoadCsv on a generated 1,000,000 × 21 file.
// Each loader runs `runs` times, alternating, with a full GC before each run; the medians are compared.

var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var folders = CourseFolders.Find(AppContext.BaseDirectory);
var output = Path.Combine(folders.Artifacts, "benchmarks");
Directory.CreateDirectory(output);
var file = Path.Combine(output, $"sample-{rows}.csv");
CsvSample.Write(file, rows);
Console.WriteLine($"{file}: {rows:N0} rows × 21 columns, {new FileInfo(file).Length / 1e6:0} MB; {runs} runs each, {Environment.ProcessorCount} cores");

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var timings = new Dictionary<string, List<double>> { ["DataFrame.LoadCsv"] = [], ["Csv.Load"] = [] };
for (var run = 1; run <= runs; run++)
{
    Measure("DataFrame.LoadCsv", () => DataFrame.LoadCsv(file, cultureInfo: CultureInfo.InvariantCulture));
    Measure("Csv.Load", () => Csv.Load(file));
}

var report = new List<string> { "| loader | median s | min s | max s | runs |", "|---|---|---|---|---|" };
foreach (var (name, seconds) in timings)
    report.Add($"| {name} | {Median(seconds):0.00} | {seconds.Min():0.00} | {seconds.Max():0.00} | {seconds.Count} |");
var ratio = Median(timings["DataFrame.LoadCsv"]) / Median(timings["Csv.Load"]);
report.Add("");
report.Add($"Csv.Load is {ratio:0.0}× faster than DataFrame.LoadCsv (ratio of medians), on {rows:N0} rows × 21 columns.");
Console.WriteLine(string.Join(Environment.NewLine, report));
File.WriteAllLines(Path.Combine(output, "csv-loader.md"), report);
File.Delete(file);
return;

void Measure(string name, Func<DataFrame> load)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var clock = Stopwatch.StartNew();
    var frame = load();
    clock.Stop();
    timings[name].Add(clock.Elapsed.TotalSeconds);
    Console.WriteLine($"  {name,-18} {clock.Elapsed.TotalSeconds,6:0.00} s  ({frame.Rows.Count:N0} rows, {frame.Columns.Count} columns)");
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
