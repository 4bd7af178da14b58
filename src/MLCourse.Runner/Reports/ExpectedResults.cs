using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MLCourse.Runner.Reports;

/// <summary>
/// A lesson's pinned results, committed as <c>tests/expected-results/NN-name.json</c>: every result the lesson publishes in
/// solution mode, with its value and tolerance (timings are never pinned). A run whose result leaves its band fails, and
/// so does a result published but not expected, or expected but not published. <c>--update-expected</c> rewrites the file
/// from a run (<see cref="Update"/>); its diff is reviewed in the commit. The file puts one result on a line, so a diff
/// shows exactly which number moved.
/// </summary>
public sealed record ExpectedResults(string Lesson, IReadOnlyList<ExpectedResult> Results)
{
    /// <summary>Where the course keeps its lessons' expected results: <c>tests/expected-results/</c>.</summary>
    public static string FolderOf(CourseFolders folders) => Path.Combine(folders.Root, "tests", "expected-results");

    /// <summary>The runner command that rewrites a lesson's expected results, for messages.</summary>
    public static string UpdateCommand(string lesson) => $"dotnet run --project src/MLCourse.Runner -- --update-expected {lesson[..2]}";

    /// <summary>The expected results of <paramref name="lesson"/> in <paramref name="folder"/>, or none (an empty list) when it has no file.</summary>
    /// <exception cref="InvalidDataException">The file is not valid: the message says where and what to do.</exception>
    public static ExpectedResults Load(string folder, string lesson)
    {
        var file = PathOf(folder, lesson);
        if (!File.Exists(file)) return new ExpectedResults(lesson, []);
        try
        {
            var list = JsonNode.Parse(File.ReadAllText(file))?["results"] as JsonArray ?? throw new InvalidDataException("it has no \"results\" list");
            var results = list.Select(node => new ExpectedResult(
                (string?)node?["name"] ?? throw new InvalidDataException("a result has no \"name\""),
                (double?)node!["value"] ?? throw new InvalidDataException($"result '{node["name"]}' has no \"value\""),
                (double?)node["tolerance"] ?? 0,
                (string?)node["reason"])).ToList();
            var problem =
                results.GroupBy(r => r.Name).FirstOrDefault(g => g.Count() > 1) is { } twice ? $"result '{twice.Key}' appears {twice.Count()} times" :
                results.FirstOrDefault(r => !(r.Tolerance >= 0)) is { } negative ? $"result '{negative.Name}' has a negative tolerance" :
                results.FirstOrDefault(r => r.Tolerance > 0 && string.IsNullOrWhiteSpace(r.Reason)) is { } unexplained
                    ? $"result '{unexplained.Name}' has a tolerance of {ExpectedResult.Format(unexplained.Tolerance)} but no \"reason\": say in one line why it cannot be exact"
                    : null;
            if (problem is not null) throw new InvalidDataException(problem);
            return new ExpectedResults(lesson, results);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException(
                $"{file} is not a valid expected-results file: {e.Message}. Fix it by hand, or regenerate it with '{UpdateCommand(lesson)}' and review the diff.", e);
        }
    }

    /// <summary>Where a lesson's expected results live.</summary>
    public static string PathOf(string folder, string lesson) => Path.Combine(folder, lesson + ".json");

    /// <summary>
    /// What is wrong with <paramref name="published"/>: each result outside its band, each result published but not
    /// expected, and, when the run is <paramref name="complete"/> (solution mode, where every result is published),
    /// each result expected but not published. Timings are left out. Empty when everything holds.
    /// </summary>
    public IReadOnlyList<string> Compare(IReadOnlyList<LessonResult> published, bool complete)
    {
        var results = published.Where(r => !r.IsTiming).ToList();
        var problems = new List<string>();
        foreach (var result in results)
        {
            var expected = Results.FirstOrDefault(e => e.Name == result.Name);
            if (expected is null)
                problems.Add($"result {result.Name} = {result.Value} was published but is not expected.");
            else if (!double.TryParse(result.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !expected.Holds(value))
                problems.Add($"result {result.Name}: expected {expected.Band}, got {result.Value}.");
        }
        if (complete)
            problems.AddRange(Results.Where(e => results.All(r => r.Name != e.Name))
                .Select(e => $"result {e.Name} (expected {e.Band}) was not published."));
        if (problems.Count > 0)
            problems.Add($"The expected results are in tests/expected-results/{Lesson}.json. If the change is intended, run " +
                         $"'{UpdateCommand(Lesson)}' and review the diff in the commit.");
        return problems;
    }

    /// <summary>
    /// The expected results a run establishes: each published result (timings left out) in the order published, at its
    /// new value, keeping the tolerance and reason it had; a new result gets tolerance 0; one no longer published is dropped.
    /// </summary>
    public ExpectedResults Update(IReadOnlyList<LessonResult> published) => this with
    {
        Results = published.Where(r => !r.IsTiming).Select(r =>
        {
            var value = double.Parse(r.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            var before = Results.FirstOrDefault(e => e.Name == r.Name);
            return before is null ? new ExpectedResult(r.Name, value, 0, null) : before with { Value = value };
        }).ToList(),
    };

    /// <summary>What <see cref="Update"/> changed, in one line: "changed a (1 → 2); added b; removed c", or "unchanged".</summary>
    public string DescribeChanges(ExpectedResults updated)
    {
        var changed = updated.Results.Select(n => (New: n, Old: Results.FirstOrDefault(o => o.Name == n.Name)))
            .Where(p => p.Old is not null && p.Old.Value != p.New.Value)
            .Select(p => $"{p.New.Name} ({ExpectedResult.Format(p.Old!.Value)} → {ExpectedResult.Format(p.New.Value)})").ToList();
        var added = updated.Results.Where(n => Results.All(o => o.Name != n.Name)).Select(n => n.Name).ToList();
        var removed = Results.Where(o => updated.Results.All(n => n.Name != o.Name)).Select(o => o.Name).ToList();
        var parts = new[] { ("changed", changed), ("added", added), ("removed", removed) }
            .Where(p => p.Item2.Count > 0).Select(p => $"{p.Item1} {string.Join(", ", p.Item2)}").ToList();
        return parts.Count == 0 ? "unchanged" : string.Join("; ", parts);
    }

    /// <summary>The file's text: JSON with one result on a line, in the order the lesson publishes them.</summary>
    public string ToJson()
    {
        var text = new StringBuilder();
        text.Append("{\n  \"lesson\": ").Append(JsonSerializer.Serialize(Lesson)).Append(",\n  \"results\": [");
        for (var i = 0; i < Results.Count; i++)
        {
            var r = Results[i];
            text.Append(i == 0 ? "\n" : ",\n")
                .Append("    { \"name\": ").Append(JsonSerializer.Serialize(r.Name))
                .Append(", \"value\": ").Append(ExpectedResult.Format(r.Value))
                .Append(", \"tolerance\": ").Append(ExpectedResult.Format(r.Tolerance));
            if (r.Reason is not null) text.Append(", \"reason\": ").Append(JsonSerializer.Serialize(r.Reason, Unescaped));
            text.Append(" }");
        }
        return text.Append(Results.Count == 0 ? "]\n}\n" : "\n  ]\n}\n").ToString();
    }

    /// <summary>Writes <see cref="ToJson"/> to the lesson's file in <paramref name="folder"/>.</summary>
    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(PathOf(folder, Lesson), ToJson());
    }

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
