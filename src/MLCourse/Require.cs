using System.Globalization;
using Microsoft.Data.Analysis;

namespace MLCourse;

/// <summary>
/// The helper library's one validation layer (like scikit-learn's <c>check_*</c> functions or ML.NET's <c>Contracts</c>).
/// Every public helper checks its arguments through these methods, so that every bad input gets the same kind of
/// message, in three parts: what was expected, what was found, and what to do:
/// <c>Expected at least 2 repeats; found 1. Use 2 or more, so that each change has an interval.</c>
/// Each method throws an <see cref="ArgumentException"/> (an <see cref="ArgumentNullException"/> for null) naming the parameter.
/// </summary>
internal static class Require
{
    /// <summary>The message every check gives: "Expected …; found …. What to do."</summary>
    public static string Message(string expected, string found, string todo) =>
        $"Expected {expected}; found {found}. {todo}".TrimEnd();

    /// <summary>Throws unless <paramref name="condition"/> holds; <paramref name="found"/> is only computed when it does not.</summary>
    /// <exception cref="ArgumentException">The condition is false.</exception>
    public static void That(bool condition, string parameter, string expected, Func<string> found, string todo)
    {
        if (!condition) throw new ArgumentException(Message(expected, found(), todo), parameter);
    }

    /// <summary>The value, unless it is null.</summary>
    /// <exception cref="ArgumentNullException">It is null.</exception>
    public static T NotNull<T>(T? value, string parameter, string expected) where T : class =>
        value ?? throw new ArgumentNullException(parameter,
            Message(expected, "null", $"Check what you pass as {parameter}: a variable that was never given a value is null."));

    /// <summary>The items, unless they are null or there are none.</summary>
    /// <exception cref="ArgumentException">Null, or empty.</exception>
    public static IReadOnlyCollection<T> NotEmpty<T>(IReadOnlyCollection<T>? items, string parameter, string expected, string todo)
    {
        NotNull(items, parameter, expected);
        That(items!.Count > 0, parameter, expected, () => "none", todo);
        return items;
    }

    /// <summary>At least <paramref name="minimum"/> of something (repeats, trials, grid points); <paramref name="why"/> says why.</summary>
    /// <exception cref="ArgumentException">Fewer.</exception>
    public static void AtLeast(int value, int minimum, string parameter, string noun, string why) =>
        That(value >= minimum, parameter, $"at least {minimum} {noun}", () => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"Use {minimum} or more, {why}.");

    /// <summary>A number between <paramref name="low"/> and <paramref name="high"/>, both included.</summary>
    /// <exception cref="ArgumentException">Outside, or not a number.</exception>
    public static void InRange(double value, double low, double high, string parameter, string what, string todo) =>
        That(value >= low && value <= high, parameter, $"{what} between {low} and {high}",
            () => value.ToString(System.Globalization.CultureInfo.InvariantCulture), todo);

    /// <summary>The frame's column named <paramref name="column"/>.</summary>
    /// <exception cref="ArgumentException">No such column: the message lists the columns there are.</exception>
    public static DataFrameColumn Column(DataFrame frame, string column, string parameter = "column")
    {
        NotNull(frame, "frame", "a DataFrame");
        NotNull(column, parameter, "a column name");
        That(frame.Columns.IndexOf(column) >= 0, parameter, $"a column named '{column}'", () => "none",
            $"The columns are: {Names(frame)}. Names must match exactly, including case, spaces and units.");
        return frame[column];
    }

    /// <summary>The frame's column named <paramref name="column"/>, which must hold values of <paramref name="kind"/> (e.g. float).</summary>
    /// <exception cref="ArgumentException">No such column, or it holds another kind of value.</exception>
    public static TColumn Column<TColumn>(DataFrame frame, string column, string kind, string parameter = "column") where TColumn : DataFrameColumn
    {
        var found = Column(frame, column, parameter);
        That(found is TColumn, parameter, $"column '{column}' to hold {kind} values", () => $"{found.DataType.Name} values",
            $"Convert it first, or pick a column that holds {kind} values: {Names(frame, c => c is TColumn)}.");
        return (TColumn)found;
    }

    /// <summary>A column with at least one value that is not missing.</summary>
    /// <exception cref="ArgumentException">Every row is missing (or there are no rows).</exception>
    public static void HasValues(DataFrameColumn column, string parameter, string purpose) =>
        That(column.Length > column.NullCount, parameter, $"values in column '{column.Name}' {purpose}",
            () => column.Length == 0 ? "no rows at all" : $"all {column.Length} rows missing",
            "Drop or fill the missing values first (lesson 02), or pick another column.");

    /// <summary>The names of the frame's columns (those that <paramref name="which"/> selects), for a message.</summary>
    public static string Names(DataFrame frame, Func<DataFrameColumn, bool>? which = null)
    {
        var names = frame.Columns.Where(which ?? (_ => true)).Select(c => c.Name).ToList();
        return names.Count == 0 ? "(none)" : string.Join(", ", names);
    }

    // Numbers with a meaning (the reinforcement-learning helpers): the message names the parameter, says what it means,
    // what range it must be in, what was found, and a value to try. They throw ArgumentOutOfRangeException, an ArgumentException.

    /// <summary>A share or probability: a number from 0 to 1. <paramref name="meaning"/> says what it is, e.g. "the share of random moves".</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [0, 1], or NaN.</exception>
    public static void Between0And1(double value, string name, string meaning, string example)
    {
        if (!(value >= 0 && value <= 1))
            throw new ArgumentOutOfRangeException(name, value,
                $"{name} is {meaning}, so it must be between 0 and 1; got {Show(value)}. Try {example}.");
    }

    /// <summary>A step size: more than 0 and at most 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not in (0, 1], or NaN.</exception>
    public static void StepSize(double value, string name, string meaning, string example)
    {
        if (!(value > 0 && value <= 1))
            throw new ArgumentOutOfRangeException(name, value,
                $"{name} is {meaning}, so it must be more than 0 and at most 1; got {Show(value)}. " +
                $"At 0 nothing would be learned. Try {example}.");
    }

    /// <summary>A weight that may be 0 but not negative, e.g. an exploration bonus.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 0, or NaN.</exception>
    public static void NotNegative(double value, string name, string meaning, string example)
    {
        if (!(value >= 0))
            throw new ArgumentOutOfRangeException(name, value, $"{name} is {meaning}, so it must be 0 or more; got {Show(value)}. Try {example}.");
    }

    /// <summary>A count of at least <paramref name="minimum"/> (episodes, runs, pulls).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below the minimum.</exception>
    public static void AtLeast(int value, int minimum, string name, string meaning)
    {
        if (value < minimum)
            throw new ArgumentOutOfRangeException(name, value, $"{name} is {meaning}; it must be at least {minimum}, got {value}.");
    }

    /// <summary>An index into a numbered set, e.g. a state (0 to <paramref name="count"/> − 1); <paramref name="numbering"/> explains the numbers.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not one of them.</exception>
    public static void OneOf(int value, int count, string name, string what, string numbering)
    {
        if (value < 0 || value >= count)
            throw new ArgumentOutOfRangeException(name, value,
                $"{value} is not {what}: there are {count}, numbered 0 to {count - 1} ({numbering}).");
    }

    private static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
