using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.Data.Analysis;
using MLCourse.Charts;

namespace MLCourse;

/// <summary>
/// What a notebook shows under a cell, for a program: a lesson run as a file-based app calls <see cref="Show"/> where the
/// notebook would display a value (the exported app's <c>display(…)</c>). A chart or a picture becomes an HTML page (its
/// path is printed); everything else is printed as readable text: a DataFrame or a list of objects as a table, a single object
/// by its own text or as a table of its properties, an exercise's verdict as its line.
/// </summary>
public static class ConsoleDisplay
{
    /// <summary>How many rows of a table are printed; the rest are counted.</summary>
    public const int MaxRows = 20;

    private static readonly Lazy<ChartFiles> Charts = new(ChartFiles.ForThisProgram);

    /// <summary>Prints <paramref name="value"/> to the console, or saves it as a page if it is a chart or a picture and prints where.</summary>
    public static void Show(object? value)
    {
        if (value is DigitPictures pictures)
            Console.WriteLine($"Pictures, \"{pictures.Title}\": {Charts.Value.Save(pictures)} (open it in a browser)");
        else if (ChartFiles.IsChart(value))
        {
            var page = Charts.Value.Save(value!);
            ResultsFile.AppendChart(page);
            Console.WriteLine(ChartLine(ChartFiles.Title(value!), page));
        }
        else
            Console.WriteLine(Text(value));
    }

    /// <summary>The line that says where a chart went, with its title so that the learner knows which one it is.</summary>
    internal static string ChartLine(string? title, string page) =>
        $"Chart{(title is null ? "" : $", \"{title}\"")}: {page} (open it in a browser)";

    /// <summary>
    /// Prints a heading of the lesson's text (the exported app calls it where the notebook has one), so that what follows
    /// has its context: a blank line, the heading without its Markdown marks, and a rule under it (═ for the title, ─ for a
    /// section, · below that).
    /// </summary>
    public static void Heading(int level, string text)
    {
        Require.InRange(level, 1, 6, nameof(level), "a Markdown heading level", "Pass the number of # signs.");
        Console.WriteLine();
        Console.WriteLine(text);
        Console.WriteLine(new string(level == 1 ? '═' : level == 2 ? '─' : '·', Math.Clamp(text.Length, 3, 100)));
    }

    /// <summary>
    /// Prints a lesson's short "What to notice" sentence after the result it is about, as a program's output has no Markdown
    /// between results (the exporter writes these calls; a notebook shows the Markdown instead).
    /// </summary>
    public static void Notice(string text)
    {
        Require.That(!string.IsNullOrWhiteSpace(text), nameof(text), "the sentence to print", "an empty text", "Pass the notice's words.");
        Console.WriteLine($"What to notice: {text}");
    }

    /// <summary>The text <see cref="Show"/> prints for a value that is not a chart.</summary>
    public static string Text(object? value) => value switch
    {
        null => "<null>",
        string text => text,
        DataFrame frame => Table(frame),
        _ when IsSimple(value) => Cell(value),
        IEnumerable items => Items(items),
        _ when HasOwnText(value.GetType()) => value.ToString() ?? "",
        _ => TextTable.Render(["property", "value"], Members(value.GetType()).Select(m => (IReadOnlyList<string>)[m.Name, Cell(m.Read(value))]).ToList()),
    };

    private static string Table(DataFrame frame)
    {
        var rows = Enumerable.Range(0, (int)Math.Min(frame.Rows.Count, MaxRows))
            .Select(r => (IReadOnlyList<string>)frame.Columns.Select(c => Cell(c[r])).ToList()).ToList();
        var numeric = frame.Columns.Select(c => IsNumber(c.DataType)).ToList();
        return TextTable.Render(frame.Columns.Select(c => c.Name).ToList(), rows, numeric) + More(frame.Rows.Count);
    }

    private static string Items(IEnumerable items)
    {
        var list = items.Cast<object?>().Take(MaxRows + 1).ToList();
        var shown = list.Take(MaxRows).ToList();
        var type = shown.FirstOrDefault(i => i is not null)?.GetType();
        if (type is null || IsSimple(shown.First(i => i is not null)!) || shown.Any(i => i is not null && i.GetType() != type))
            return "[" + string.Join(", ", shown.Select(Cell)) + (list.Count > MaxRows ? ", …" : "") + "]";
        var members = Members(type);
        var rows = shown.Select(i => (IReadOnlyList<string>)members.Select(m => i is null ? "" : Cell(m.Read(i))).ToList()).ToList();
        var more = list.Count > MaxRows ? $"\n… and more (the first {MaxRows} are shown)" : "";
        return TextTable.Render(members.Select(m => m.Name).ToList(), rows, members.Select(m => IsNumber(m.Type)).ToList()) + more;
    }

    private static string More(long rows) => rows > MaxRows ? $"\n… {rows - MaxRows} more rows ({rows} in all)" : "";

    /// <summary>
    /// One value in a table cell: numbers in invariant culture with six significant digits, a date at midnight as an ISO date
    /// (yyyy-MM-dd, not 01/01/1969 00:00:00), a list in brackets.
    /// </summary>
    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("G6", CultureInfo.InvariantCulture),
        float f => f.ToString("G6", CultureInfo.InvariantCulture),
        DateTime { TimeOfDay.Ticks: 0 } day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        string text => text,
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Take(10).Select(Cell)) + "]",
        _ => value.ToString() ?? "",
    };

    private static bool IsSimple(object value) =>
        value is string or decimal or DateTime or DateTimeOffset or TimeSpan or Guid || value.GetType().IsPrimitive || value.GetType().IsEnum;

    private static bool IsNumber(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t.IsPrimitive && t != typeof(bool) && t != typeof(char) || t == typeof(decimal));

    /// <summary>Records, anonymous types and tuples write themselves well; a class that does not override ToString() does not.</summary>
    private static bool HasOwnText(Type type) =>
        type.GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType is { } declaring && declaring != typeof(object) && declaring != typeof(ValueType);

    /// <summary>A type's public properties (without indexers), or its public fields when it has no properties (value tuples).</summary>
    private static IReadOnlyList<(string Name, Type Type, Func<object, object?> Read)> Members(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, p.PropertyType, Safe(p.GetValue))).ToList();
        return properties.Count > 0 ? properties
            : type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => (f.Name, f.FieldType, Safe(f.GetValue))).ToList();
    }

    /// <summary>A property that throws when read shows why, as the notebook's table does, instead of stopping the lesson.</summary>
    private static Func<object, object?> Safe(Func<object, object?> read) => owner =>
    {
        try
        {
            return read(owner);
        }
        catch (TargetInvocationException e)
        {
            return $"({e.InnerException?.GetType().Name ?? e.GetType().Name})";
        }
    };
}
