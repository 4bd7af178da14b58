using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MLCourse.Runner.Lessons;

namespace MLCourse.Tests.Course;

/// <summary>
/// Lessons are committed clean, carry the metadata VS Code's Polyglot Notebooks writes, start with the one shared setup
/// (whose package versions agree with Directory.Packages.props), and follow each answer cell with its check. The file is
/// read here as JSON only for what the lesson model does not keep (outputs, execution counts, notebook metadata).
/// </summary>
public sealed partial class NotebookHygieneTests
{
    private const string HelperReference = "#r \"../src/MLCourse/bin/MLCourse.dll\"";
    private const string EntryPoint = "MLCourse.Course.Start();";

    private static JsonNode Load(string lesson) => JsonNode.Parse(File.ReadAllText(Repository.LessonNamed(lesson).Path))!;
    private static JsonArray Cells(string lesson) => Load(lesson)["cells"]!.AsArray();
    private static bool IsCode(JsonNode cell) => (string?)cell["cell_type"] == "code";

    [Fact]
    public void Every_notebook_in_the_lessons_folder_is_a_lesson_named_NN_verb_object()
    {
        var notebooks = Directory.EnumerateFiles(Repository.Folders.Notebooks, "*.ipynb").Select(Path.GetFileName).ToList();

        Assert.NotEmpty(notebooks);
        Assert.All(notebooks, name => Assert.Matches(Lesson.FileName(), name!));
    }

    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public void Lesson_is_committed_without_outputs_or_execution_counts(string lesson)
    {
        var dirty = Cells(lesson).Select((cell, i) => (cell: cell!, number: i + 1))
            .Where(c => IsCode(c.cell) && ((c.cell["outputs"]?.AsArray().Count ?? 0) > 0 || c.cell["execution_count"] is not null))
            .Select(c => c.number)
            .ToList();

        Assert.True(dirty.Count == 0,
            $"{lesson}: cells {string.Join(", ", dirty)} have outputs or execution counts. Clear all outputs in VS Code before committing.");
    }

    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public void Lesson_carries_the_polyglot_metadata_vs_code_writes(string lesson)
    {
        var notebook = Load(lesson);
        var metadata = notebook["metadata"]!;

        Assert.Equal(".net-csharp", (string?)metadata["kernelspec"]?["name"]);
        Assert.Equal(".NET (C#)", (string?)metadata["kernelspec"]?["display_name"]);
        Assert.Equal("C#", (string?)metadata["kernelspec"]?["language"]);
        Assert.Equal("polyglot-notebook", (string?)metadata["language_info"]?["name"]);
        Assert.Equal("csharp", (string?)metadata["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]);
        Assert.Equal(4, (int?)notebook["nbformat"]);
        Assert.All(notebook["cells"]!.AsArray().Where(c => IsCode(c!)),
            cell => Assert.Equal("csharp", (string?)cell!["metadata"]?["polyglot_notebook"]?["kernelName"]));
    }

    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public void Lesson_starts_with_the_shared_setup(string lesson)
    {
        var cells = Repository.LessonNamed(lesson).Cells;
        var first = cells.First(c => c.IsCode);
        var reference = Repository.Lessons[0].CodeCells.First().Source;

        Assert.All(cells.TakeWhile(c => c != first), c => Assert.False(c.IsCode));
        Assert.Equal(reference, first.Source);
        Assert.Contains(HelperReference, reference);
        Assert.EndsWith(EntryPoint, reference.TrimEnd());
        Assert.True(File.Exists(Path.Combine(Repository.Folders.Notebooks, "../src/MLCourse/bin/MLCourse.dll")),
            "The setup references ../src/MLCourse/bin/MLCourse.dll, which the build did not produce: check OutputPath in src/MLCourse/MLCourse.csproj.");
    }

    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public void Lesson_package_versions_agree_with_Directory_Packages_props(string lesson)
    {
        var code = Repository.LessonNamed(lesson).CodeCells.Select(c => c.Source).ToList();
        var unpinned = code.SelectMany(c => c.Split('\n')).Where(l => l.TrimStart().StartsWith("#r \"nuget:") && !NugetReference().IsMatch(l));
        Assert.True(!unpinned.Any(), $"{lesson}: a package reference without an exact version: {string.Join("; ", unpinned)}");

        var references = code
            .SelectMany(c => NugetReference().Matches(c))
            .Select(m => (Name: m.Groups["name"].Value, Version: m.Groups["version"].Value))
            .ToList();

        Assert.NotEmpty(references);
        Assert.All(references, r =>
        {
            Assert.True(Repository.PinnedVersions.TryGetValue(r.Name, out var pinned),
                $"{lesson} references {r.Name} {r.Version}, which Directory.Packages.props does not pin. Add it there first.");
            Assert.True(pinned == r.Version,
                $"{lesson} references {r.Name} {r.Version}, but Directory.Packages.props pins {pinned}. Use the pinned version.");
        });
    }

    /// <summary>
    /// The final notebook kernel (the one Jupyter and VS Code use) compiles each cell with nullable annotations off, so
    /// <c>string? answer = null;</c> prints warning CS8632 where the learner types; <c>#nullable enable</c> in the cell
    /// turns them on for that cell (checked with the kernel itself, dotnet-interactive 1.0.712001).
    /// </summary>
    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public void An_answer_cell_that_declares_a_nullable_reference_type_enables_nullable_annotations(string lesson)
    {
        var missing = Repository.LessonNamed(lesson).AnswerCells
            .Where(c => !c.Source.Split('\n').Any(l => l.TrimStart().StartsWith("#nullable enable", StringComparison.Ordinal)))
            .SelectMany(c => NullableReferenceTypes(c.Source).Select(type => $"cell {c.Number} ({c.Exercise}): {type}"))
            .ToList();

        Assert.True(missing.Count == 0,
            $"{lesson}: answer cells declare nullable reference types without '#nullable enable', so Jupyter's kernel warns CS8632 in them: " +
            $"{string.Join("; ", missing)}. Start the cell with '#nullable enable'.");
    }

    private static readonly HashSet<string> ValueTypeNames = ["DateTime", "DateOnly", "TimeOnly", "TimeSpan", "Guid", "Decimal"];

    /// <summary>The <c>T?</c> in <paramref name="code"/> whose T is not a value type, as far as the words tell.</summary>
    internal static IEnumerable<string> NullableReferenceTypes(string code) =>
        CSharpScript.Parse(code).GetRoot().DescendantNodes().OfType<NullableTypeSyntax>()
            .Where(n => n.ElementType switch
            {
                PredefinedTypeSyntax predefined => predefined.Keyword.Kind() is SyntaxKind.StringKeyword or SyntaxKind.ObjectKeyword,
                TupleTypeSyntax => false,
                var other => !ValueTypeNames.Contains(other.ToString()),
            })
            .Select(n => n.ToString());

    [Fact]
    public void Nullable_reference_types_are_told_from_value_types_by_their_words()
    {
        Assert.Equal(["string?", "Func<string, double>?", "IEstimator<ITransformer>?"],
            NullableReferenceTypes("string? a = null;\nFunc<string, double>? b = null;\ndouble? c = null;\n(int, bool)? d = null;\nIEstimator<ITransformer>? e = null;\nDateTime? f = null;"));
    }

    /// <summary>A lesson that draws must promise how many charts it draws, so that a chart cell that stops drawing fails the run.</summary>
    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public void A_lesson_that_draws_charts_promises_how_many_in_its_metadata(string lesson)
    {
        var model = Repository.LessonNamed(lesson);
        var drawing = model.CodeCells.Where(c => ChartCall().IsMatch(c.Source)).Select(c => c.Number).ToList();

        Assert.True(drawing.Count == 0 || model.MinimumCharts > 0,
            $"{lesson}: {(drawing.Count == 1 ? "cell" : "cells")} {string.Join(", ", drawing)} {(drawing.Count == 1 ? "draws" : "draw")} charts, but the notebook's metadata promises none. " +
            "Add \"mlcourse\": {\"minimumCharts\": N} to the notebook metadata, N the number of charts a run draws (the runner's table shows it).");
    }

    /// <summary>
    /// The code cell after an answer cell checks that exercise: the runner proves the solutions by running each answer cell
    /// with its solution and then that cell (<see cref="Lesson.SolutionsTail"/>).
    /// </summary>
    [Theory]
    [MemberData(nameof(Repository.LessonNames), MemberType = typeof(Repository))]
    public void Every_answer_cell_is_followed_by_the_check_of_its_exercise(string lesson)
    {
        var code = Repository.LessonNamed(lesson).CodeCells.ToList();
        var unchecked_ = code.Select((cell, i) => (cell, next: code.ElementAtOrDefault(i + 1)))
            .Where(c => c.cell.Exercise is not null)
            .Where(c => c.next is null || !c.next.Source.Contains($"Lesson{c.cell.Exercise![..2]}.", StringComparison.Ordinal) || !c.next.Source.Contains(".Check(", StringComparison.Ordinal))
            .Select(c => $"cell {c.cell.Number} (exercise {c.cell.Exercise})").ToList();

        Assert.True(unchecked_.Count == 0, $"{lesson}: the code cell after {string.Join(", ", unchecked_)} does not check it (Lesson{lesson[..2]}.Something.Check(answer)).");
    }

    [Fact]
    public void Relative_links_in_lessons_and_readmes_point_to_files_that_exist()
    {
        var documents = Repository.Lessons.Select(l => (Path: l.Path, Text: string.Concat(l.Cells.Where(c => !c.IsCode).Select(c => c.Source))))
            .Append((Path: Path.Combine(Repository.Folders.Root, "README.md"), Text: File.ReadAllText(Path.Combine(Repository.Folders.Root, "README.md"))));

        var broken = documents
            .SelectMany(d => MarkdownLink().Matches(d.Text).Select(m => (d.Path, Target: m.Groups["target"].Value)))
            .Where(l => !l.Target.Contains("://") && !l.Target.StartsWith('#') && !l.Target.StartsWith("mailto:"))
            .Where(l => !Path.Exists(Path.Combine(Path.GetDirectoryName(l.Path)!, l.Target.Split('#')[0])))
            .Select(l => $"{Path.GetFileName(l.Path)} → {l.Target}")
            .ToList();

        Assert.True(broken.Count == 0, "Links to missing files: " + string.Join("; ", broken));
    }

    /// <summary>A lesson that sends the learner to read a file of the course (`src/MLCourse/Models/LeastSquares.cs`) names a file that exists.</summary>
    [Fact]
    public void Files_of_the_course_named_in_lessons_and_the_README_exist()
    {
        var texts = Repository.Lessons.SelectMany(l => l.Cells.Where(c => !c.IsCode).Select(c => (Where: l.Name, Text: c.Source)))
            .Append((Where: "README.md", Text: File.ReadAllText(Path.Combine(Repository.Folders.Root, "README.md"))));

        var missing = texts.SelectMany(t => CourseFile().Matches(t.Text).Select(m => (t.Where, File: m.Value)))
            .Where(f => !f.File.Contains("NN") && !File.Exists(Path.Combine(Repository.Folders.Root, f.File)))   // NN-name: a pattern, not a file
            .Select(f => $"{f.Where} names {f.File}").Distinct().ToList();

        Assert.True(missing.Count == 0, "Files named that do not exist (moved or renamed?): " + string.Join("; ", missing));
    }

    [GeneratedRegex(@"(?:src|tests|data)/[\w./-]+\.(?:cs|csv|json|parquet|md)\b")]
    private static partial Regex CourseFile();

    [GeneratedRegex(@"#r\s+""nuget:\s*(?<name>[^,""\s]+)\s*,\s*(?<version>[^""\s]+)\s*""")]
    private static partial Regex NugetReference();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    /// <summary>A call of a plotting helper (<c>PlotHistogram(</c>, <c>.Plot(</c>, <c>PlotProgress(</c>, …) or of Plotly's <c>Chart.</c>.</summary>
    [GeneratedRegex(@"\bPlot\w*\(|\bChart\.\w")]
    private static partial Regex ChartCall();
}
