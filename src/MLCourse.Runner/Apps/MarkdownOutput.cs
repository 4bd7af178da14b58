using Microsoft.CodeAnalysis.CSharp;

namespace MLCourse.Runner.Apps;

/// <summary>
/// What an app prints for the lesson's Markdown, in the order the notebook shows it: each heading
/// (<see cref="MarkdownHeadings"/>) and each short "What to notice" sentence (<see cref="MarkdownNotice"/>), paragraph by
/// paragraph, so that a notice comes before the next section's heading. A heading under which nothing would print before
/// the next heading of its level or above (a section of text only: a summary, a course map) is left out: in a program's
/// output it would stand alone; its text is in the file's comments.
/// </summary>
public static class MarkdownOutput
{
    /// <summary>A heading (level 1 to 3), a notice (level 0), or a code cell (no text), in lesson order.</summary>
    private sealed record Item(int Cell, int Level, string? Text)
    {
        public bool IsHeading => Level > 0;
        public bool Prints => Level == 0;   // a code cell or a notice
    }

    /// <summary>The statements to write after each Markdown cell of <paramref name="cells"/> (the cells an app keeps, in order), by cell number.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<string>> Of(IReadOnlyList<SourceCell> cells)
    {
        var items = new List<Item>();
        foreach (var (cell, _, _) in cells)
        {
            if (cell.IsCode)
            {
                items.Add(new Item(cell.Number, 0, null));
                continue;
            }
            foreach (var block in Blocks(cell.Source))
            {
                items.AddRange(MarkdownHeadings.Of(block).Select(h => new Item(cell.Number, h.Level, h.Text)));
                if (MarkdownNotice.Of(block) is { } notice) items.Add(new Item(cell.Number, 0, notice));
            }
        }

        var calls = new Dictionary<int, IReadOnlyList<string>>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Text is null) continue;   // a code cell
            if (item.IsHeading && !items.Skip(i + 1).TakeWhile(next => !next.IsHeading || next.Level > item.Level).Any(next => next.Prints)) continue;
            var literal = SymbolDisplay.FormatLiteral(item.Text, quote: true);
            var call = item.IsHeading ? $"MLCourse.ConsoleDisplay.Heading({item.Level}, {literal});" : $"MLCourse.ConsoleDisplay.Notice({literal});";
            calls[item.Cell] = [.. calls.GetValueOrDefault(item.Cell) ?? [], call];
        }
        return calls;
    }

    /// <summary>The Markdown's paragraphs, split at blank lines outside fenced code.</summary>
    private static IEnumerable<string> Blocks(string markdown)
    {
        var block = new List<string>();
        var inFence = false;
        foreach (var line in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
            if (!inFence && line.Trim().Length == 0)
            {
                if (block.Count > 0) yield return string.Join("\n", block);
                block.Clear();
            }
            else block.Add(line);
        }
        if (block.Count > 0) yield return string.Join("\n", block);
    }
}
