using System.Text.RegularExpressions;

namespace MLCourse.Runner;

/// <summary>A lesson notebook, named <c>NN-verb-object.ipynb</c>.</summary>
public sealed partial record Lesson(string Path)
{
    /// <summary>The file name without extension, e.g. <c>03-explore-visualize</c>.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>The two-digit lesson number, e.g. <c>03</c>.</summary>
    public string Number => Name[..2];

    /// <summary>The lesson notebooks in <paramref name="notebooksFolder"/>, in lesson order.</summary>
    public static IReadOnlyList<Lesson> All(string notebooksFolder) =>
        Directory.EnumerateFiles(notebooksFolder, "*.ipynb")
            .Where(f => FileName().IsMatch(System.IO.Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .Select(f => new Lesson(f))
            .ToList();

    /// <summary>
    /// The lessons that <paramref name="selectors"/> name, by number (<c>03</c> or <c>3</c>) or by name;
    /// all of them when there are no selectors.
    /// </summary>
    /// <exception cref="ArgumentException">A selector names no lesson; the message lists the lessons there are.</exception>
    public static IReadOnlyList<Lesson> Select(IReadOnlyList<Lesson> all, IReadOnlyList<string> selectors)
    {
        if (selectors.Count == 0) return all;
        var chosen = new List<Lesson>();
        foreach (var selector in selectors)
        {
            var match = all.FirstOrDefault(l => l.Matches(selector))
                ?? throw new ArgumentException(
                    $"No lesson '{selector}'. Give a lesson number or name; the lessons are: " +
                    string.Join(", ", all.Select(l => l.Name)) + ".");
            if (!chosen.Contains(match)) chosen.Add(match);
        }
        return chosen;
    }

    private bool Matches(string selector) =>
        selector == Name || selector == Number || (int.TryParse(selector, out var n) && n.ToString("00") == Number);

    /// <summary>The lesson naming rule: two digits, a dash, lower-case words joined by dashes.</summary>
    [GeneratedRegex(@"^\d\d-[a-z0-9]+(-[a-z0-9]+)*\.ipynb$")]
    public static partial Regex FileName();
}
