using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MLCourse.Exercises;

namespace MLCourse.Runner.Lessons;

/// <summary>
/// A lesson notebook, <c>NN-verb-object.ipynb</c>, read once: its cells, its exercises' answer cells, and what its metadata
/// promises (<c>{"mlcourse": {"minimumCharts": 8, "targetSeconds": 60}}</c>). The engines, the exporter, the website and
/// the libtorch route all read this model; nothing reads the notebook file again.
/// </summary>
public sealed partial class Lesson
{
    private readonly string notebookWithoutCells;

    private Lesson(string path, string folder, JsonObject notebook)
    {
        Path = System.IO.Path.GetFullPath(path);
        Folder = System.IO.Path.GetFullPath(folder);
        Name = System.IO.Path.GetFileNameWithoutExtension(path);
        var cells = notebook["cells"] as JsonArray ?? throw new InvalidDataException($"{Path} is not a notebook: it has no \"cells\" array.");
        Cells = cells.Select((cell, i) => new NotebookCell(
            i + 1,
            (string?)cell?["cell_type"] == "code",
            CellText.Of(cell?["source"]).Replace("\r\n", "\n"),
            (string?)cell?["metadata"]?["polyglot_notebook"]?["kernelName"] ?? "csharp",
            (string?)cell?["metadata"]?["mlcourse"]?["exercise"],
            cell?["metadata"]?.ToJsonString() ?? "{}")).ToList();
        var promises = notebook["metadata"]?["mlcourse"];
        MinimumCharts = (int)(MetadataNumber(promises?["minimumCharts"], "minimumCharts", whole: true) ?? 0);
        TargetSeconds = MetadataNumber(promises?["targetSeconds"], "targetSeconds", whole: false);
        Title = Cells.Where(c => !c.IsCode).Select(c => HeadingOne().Match(c.Source)).FirstOrDefault(m => m.Success)?.Groups[1].Value.Trim() ?? Name;
        var rest = (JsonObject)notebook.DeepClone();
        rest.Remove("cells");
        notebookWithoutCells = rest.ToJsonString();
        answersFeedLaterCells = new Lazy<bool>(AnyLaterCellUsesAnAnswer);
    }

    /// <summary>A number of the notebook's <c>mlcourse</c> metadata, or null when it is not there.</summary>
    /// <exception cref="InvalidDataException">It is there but is not a number (or, with <paramref name="whole"/>, not a whole number of 0 or more).</exception>
    private double? MetadataNumber(JsonNode? node, string name, bool whole)
    {
        if (node is null) return null;
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.Deserialize<double>() is var number &&
            number >= 0 && (!whole || number == Math.Floor(number)))
            return number;
        throw new InvalidDataException(
            $"{Path} is not a notebook: its metadata mlcourse.{name} must be {(whole ? "a whole number of 0 or more" : "a number of seconds, 0 or more")}, " +
            $"and it is {node.ToJsonString()}. Fix the notebook's metadata.");
    }

    /// <summary>The source notebook.</summary>
    public string Path { get; }

    /// <summary>Where the lesson's kernel (or program) runs: relative paths in it resolve here. The notebook's own folder unless told otherwise.</summary>
    public string Folder { get; }

    /// <summary>The file name without extension, e.g. <c>03-explore-visualize</c>.</summary>
    public string Name { get; }

    /// <summary>The two-digit lesson number, e.g. <c>03</c>.</summary>
    public string Number => Name[..2];

    /// <summary>The first top-level heading of its Markdown, e.g. "03 · Explore and visualize"; its name when it has none.</summary>
    public string Title { get; }

    /// <summary>Every cell, in order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>The code cells.</summary>
    public IEnumerable<NotebookCell> CodeCells => Cells.Where(c => c.IsCode);

    /// <summary>The cells that hold an exercise's answer, in order.</summary>
    public IEnumerable<NotebookCell> AnswerCells => Cells.Where(c => c.Exercise is not null);

    /// <summary>How many charts the lesson promises to draw (<c>mlcourse.minimumCharts</c>; 0 when it promises none).</summary>
    public int MinimumCharts { get; }

    /// <summary>How long the lesson should take in the runner, in seconds (<c>mlcourse.targetSeconds</c>), reported, never enforced; null when it states none.</summary>
    public double? TargetSeconds { get; }

    /// <summary>Whether a code cell references a TorchSharp package: the lesson needs libtorch (see <see cref="LibTorch.LibTorchRoute"/>).</summary>
    public bool NeedsLibTorch => CodeCells.Any(c => c.Source.Contains("#r \"nuget: TorchSharp", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the lesson has exercises.</summary>
    public bool HasExercises => AnswerCells.Any();

    /// <summary>The cells with each exercise's solution (from the helper library's catalog) in its answer cell.</summary>
    public IReadOnlyList<NotebookCell> CellsWithSolutions() => Cells.Select(Solved).ToList();

    /// <summary>
    /// Whether a later cell builds on an answer: a code cell after an answer cell, other than the check right after it, uses a
    /// name the answer cell declares (as lesson 09's model cells use its rule and its pipeline). Then the lesson as shipped and
    /// the lesson with the solutions differ beyond the exercises themselves.
    /// </summary>
    public bool AnswersFeedLaterCells => answersFeedLaterCells.Value;

    private readonly Lazy<bool> answersFeedLaterCells;

    private bool AnyLaterCellUsesAnAnswer()
    {
        var code = CodeCells.ToList();
        return code.Select((cell, i) => (cell, i)).Where(c => c.cell.Exercise is not null).Any(answer =>
        {
            var names = DeclaredNames.Of((CompilationUnitSyntax)CSharpScript.Parse(answer.cell.Source).GetRoot()).TopLevel.Select(n => n.Name).ToHashSet();
            return code.Skip(answer.i + 2).Any(later => CSharpScript.Parse(later.Source).GetRoot().DescendantTokens()
                .Any(t => t.IsKind(SyntaxKind.IdentifierToken) && names.Contains(t.Text)));
        });
    }

    /// <summary>
    /// What runs again, in the same kernel, after the lesson as shipped, to prove its solutions: each answer cell with its
    /// exercise's solution, followed by its check (the code cell after it). Where later cells build on the answers
    /// (<see cref="AnswersFeedLaterCells"/>, lesson 09), every cell from the first answer cell to the end runs again instead,
    /// with the solutions in place.
    /// </summary>
    public IReadOnlyList<NotebookCell> SolutionsTail()
    {
        if (AnswersFeedLaterCells) return Cells.SkipWhile(c => c.Exercise is null).Select(Solved).ToList();
        var code = CodeCells.ToList();
        return code.Select((cell, i) => (cell, i)).Where(c => c.cell.Exercise is not null)
            .SelectMany(answer => new[] { Solved(answer.cell) }.Concat(code.Skip(answer.i + 1).Take(1))).ToList();
    }

    private static NotebookCell Solved(NotebookCell cell) =>
        cell.Exercise is { } id ? cell with { Source = ExerciseCatalog.Find(id).SolutionCode } : cell;

    /// <summary>
    /// A notebook of <paramref name="cells"/> with this lesson's metadata, as JSON text made of ASCII characters only (every other
    /// character escaped): dotnet-repl reads a notebook in 4,096-byte blocks and turns a character whose bytes straddle two
    /// blocks into U+FFFD, as it did to lesson 01's "…" at byte 40,959.
    /// </summary>
    public string NotebookJson(IEnumerable<NotebookCell> cells)
    {
        var notebook = JsonNode.Parse(notebookWithoutCells)!.AsObject();
        notebook["cells"] = new JsonArray(cells.Select(cell =>
        {
            var json = new JsonObject
            {
                ["cell_type"] = cell.IsCode ? "code" : "markdown",
                ["metadata"] = JsonNode.Parse(cell.Metadata),
                ["source"] = cell.Source,
            };
            if (cell.IsCode)
            {
                json["execution_count"] = null;
                json["outputs"] = new JsonArray();
            }
            return (JsonNode)json;
        }).ToArray());
        return notebook.ToJsonString(AsciiOnly);
    }

    private static readonly JsonSerializerOptions AsciiOnly = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default };

    /// <summary>Reads the notebook at <paramref name="path"/>; its kernel runs in <paramref name="folder"/> (default: the notebook's folder).</summary>
    /// <exception cref="InvalidDataException">The file is not a notebook.</exception>
    public static Lesson Load(string path, string? folder = null)
    {
        JsonNode? notebook;
        try
        {
            notebook = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a notebook: {e.Message}", e);
        }
        return Read(path, notebook, folder ?? System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
    }

    /// <summary>A lesson from notebook JSON already in memory, as if it were the file <paramref name="path"/> run from <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a notebook.</exception>
    public static Lesson Read(string path, JsonNode? notebook, string folder) =>
        new(path, folder, notebook as JsonObject ?? throw new InvalidDataException($"{path} is not a notebook: it is not a JSON object."));

    /// <summary>The lesson notebooks in <paramref name="notebooksFolder"/>, in lesson order, each read once.</summary>
    /// <exception cref="DirectoryNotFoundException">There is no such folder.</exception>
    public static IReadOnlyList<Lesson> All(string notebooksFolder) =>
        Directory.EnumerateFiles(notebooksFolder, "*.ipynb")
            .Where(f => FileName().IsMatch(System.IO.Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .Select(f => Load(f))
            .ToList();

    /// <summary>The lessons that <paramref name="selectors"/> name, by number (<c>03</c> or <c>3</c>) or by name; all of them when there are none.</summary>
    /// <exception cref="ArgumentException">A selector names no lesson; the message lists the lessons there are.</exception>
    public static IReadOnlyList<Lesson> Select(IReadOnlyList<Lesson> all, IReadOnlyList<string> selectors)
    {
        if (selectors.Count == 0) return all;
        var chosen = new List<Lesson>();
        foreach (var selector in selectors)
        {
            var match = all.FirstOrDefault(l => l.Matches(selector))
                ?? throw new ArgumentException($"No lesson '{selector}'. Give a lesson number or name; the lessons are: {string.Join(", ", all.Select(l => l.Name))}.");
            if (!chosen.Contains(match)) chosen.Add(match);
        }
        return chosen;
    }

    private bool Matches(string selector) =>
        selector == Name || selector == Number ||
        (int.TryParse(selector, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n.ToString("00", System.Globalization.CultureInfo.InvariantCulture) == Number);

    public override string ToString() => Name;

    /// <summary>The lesson naming rule: two digits, a dash, lower-case words joined by dashes.</summary>
    [GeneratedRegex(@"^\d\d-[a-z0-9]+(-[a-z0-9]+)*\.ipynb$")]
    public static partial Regex FileName();

    [GeneratedRegex(@"^#\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex HeadingOne();
}
