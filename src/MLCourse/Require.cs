using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;

namespace MLCourse;

/// <summary>
/// The helper library's one validation layer (like scikit-learn's <c>check_*</c> functions or ML.NET's <c>Contracts</c>).
/// Every public helper checks its arguments through these methods, so that every bad input gets the same kind of
/// message, in three parts: what was expected, what was found, and what to do:
/// <c>Expected at least 2 repeats; found 1. Use 2 or more, so that each change has an interval.</c>
/// <para>
/// One exception type per kind of mistake, each naming the parameter:
/// <list type="bullet">
/// <item>the argument is null: <see cref="ArgumentNullException"/> (<see cref="NotNull"/>);</item>
/// <item>the argument is a number outside the values it may take (a count, a share, a step size, an index; a date or a
/// duration counts as a number): <see cref="ArgumentOutOfRangeException"/> (<see cref="Number"/>, <see cref="InRange"/>,
/// <see cref="AtLeast"/>, <see cref="OneOf"/>);</item>
/// <item>anything else is wrong with the argument, a list or a table included, whatever is wrong inside it (a list that
/// is empty or too short, lists of different lengths, a missing column, a value in a list outside its range or not a
/// number, a text of the wrong form): <see cref="ArgumentException"/>
/// (<see cref="That(bool, string, LazyText, LazyText, LazyText)"/>, <see cref="NotEmpty"/>, <see cref="Enough"/>, <see cref="Column"/>, <see cref="HasValues"/>).</item>
/// </list>
/// Problems with files and data, not arguments, keep their own exception types (<see cref="FileNotFoundException"/>,
/// <see cref="InvalidDataException"/>, <see cref="FormatException"/>) and build the same three parts with <see cref="Message"/>.
/// </para>
/// The parts of a message are <see cref="LazyText"/>s: interpolated strings formatted only when the check fails, so a
/// check inside a loop over rows or steps costs a comparison, never a message.
/// </summary>
internal static class Require
{
    /// <summary>The message every check gives: "Expected …; found …. What to do."</summary>
    public static string Message(string expected, string found, string todo) =>
        $"Expected {expected}; found {found}. {todo}".TrimEnd();

    /// <summary>An argument that is right in some way other than a number's range: <paramref name="condition"/> must hold.</summary>
    /// <exception cref="ArgumentException">The condition is false.</exception>
    public static void That(bool condition, string parameter,
        [InterpolatedStringHandlerArgument(nameof(condition))] LazyText expected,
        [InterpolatedStringHandlerArgument(nameof(condition))] LazyText found,
        [InterpolatedStringHandlerArgument(nameof(condition))] LazyText todo)
    {
        if (!condition) throw new ArgumentException(Message(expected.ToString(), found.ToString(), todo.ToString()), parameter);
    }

    /// <summary>A number argument in the range it may take: <paramref name="condition"/> must hold.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The condition is false.</exception>
    public static void Number(bool condition, string parameter,
        [InterpolatedStringHandlerArgument(nameof(condition))] LazyText expected,
        [InterpolatedStringHandlerArgument(nameof(condition))] LazyText found,
        [InterpolatedStringHandlerArgument(nameof(condition))] LazyText todo)
    {
        if (!condition) throw new ArgumentOutOfRangeException(parameter, Message(expected.ToString(), found.ToString(), todo.ToString()));
    }

    // The three checks below run inside learning loops (an arm on every pull, a state and an action on every step): they
    // compare, and only a failure calls OutOfRange, which builds the message.

    /// <summary>A number between <paramref name="low"/> and <paramref name="high"/>, both included; <paramref name="what"/> says what it is.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside, or not a number.</exception>
    public static void InRange(double value, double low, double high, string parameter, string what, string todo)
    {
        if (!(value >= low && value <= high)) throw OutOfRange(parameter, $"{what} between {low} and {high}", $"{value}", todo);
    }

    /// <summary>A count of at least <paramref name="minimum"/> (repeats, trials, episodes); <paramref name="why"/> says why, e.g. "so that …".</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer.</exception>
    public static void AtLeast(int value, int minimum, string parameter, string noun, string why)
    {
        if (value < minimum) throw OutOfRange(parameter, $"at least {minimum} {noun}", $"{value}", FormattableString.Invariant($"Use {minimum} or more, {why}."));
    }

    /// <summary>One of <paramref name="count"/> things numbered from 0 (a state, an action, an arm); <paramref name="numbering"/> explains the numbers.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not one of them.</exception>
    public static void OneOf(int index, int count, string parameter, string what, string numbering)
    {
        if (index < 0 || index >= count)
            throw OutOfRange(parameter, $"{what}: a number from 0 to {count - 1} ({numbering})", $"{index}", FormattableString.Invariant($"There are {count}, numbered from 0."));
    }

    private static ArgumentOutOfRangeException OutOfRange(string parameter, FormattableString expected, FormattableString found, string todo) =>
        new(parameter, Message(FormattableString.Invariant(expected), FormattableString.Invariant(found), todo));

    /// <summary>The value, unless it is null.</summary>
    /// <exception cref="ArgumentNullException">It is null.</exception>
    public static T NotNull<T>(T? value, string parameter, string expected) where T : class =>
        value ?? throw new ArgumentNullException(parameter,
            Message(expected, "null", $"Check what you pass as {parameter}: a variable that was never given a value is null."));

    /// <summary>The items, unless they are null or there are none.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentException">Empty.</exception>
    public static IReadOnlyCollection<T> NotEmpty<T>(IReadOnlyCollection<T>? items, string parameter, string expected, string todo)
    {
        NotNull(items, parameter, expected);
        That(items!.Count > 0, parameter, expected, "none", todo);
        return items;
    }

    /// <summary>At least <paramref name="minimum"/> items (examples, folds); <paramref name="why"/> says why, e.g. "so that …".</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentException">Fewer items.</exception>
    public static IReadOnlyCollection<T> Enough<T>(IReadOnlyCollection<T>? items, int minimum, string parameter, string noun, string why)
    {
        NotNull(items, parameter, $"at least {minimum} {noun}");
        That(items!.Count >= minimum, parameter, $"at least {minimum} {noun}", $"{items.Count}", $"Use {minimum} or more, {why}.");
        return items;
    }

    /// <summary>The frame's column named <paramref name="column"/>.</summary>
    /// <exception cref="ArgumentNullException">No frame or no name.</exception>
    /// <exception cref="ArgumentException">No such column: the message lists the columns there are.</exception>
    public static DataFrameColumn Column(DataFrame frame, string column, string parameter = "column")
    {
        NotNull(frame, "frame", "a DataFrame");
        NotNull(column, parameter, "a column name");
        var found = frame.Columns.IndexOf(column) >= 0;
        That(found, parameter, $"a column named '{column}'", "none",
            $"The columns are: {Names(frame)}. Names must match exactly, including case, spaces and units.");
        return frame[column];
    }

    /// <summary>The frame's column named <paramref name="column"/>, which must hold values of <paramref name="kind"/> (e.g. float).</summary>
    /// <exception cref="ArgumentException">No such column, or it holds another kind of value.</exception>
    public static TColumn Column<TColumn>(DataFrame frame, string column, string kind, string parameter = "column") where TColumn : DataFrameColumn
    {
        var found = Column(frame, column, parameter);
        That(found is TColumn, parameter, $"column '{column}' to hold {kind} values", $"{found.DataType.Name} values",
            $"Convert it first, or pick a column that holds {kind} values: {Names(frame, c => c is TColumn)}.");
        return (TColumn)found;
    }

    /// <summary>A column with at least one value that is not missing.</summary>
    /// <exception cref="ArgumentException">Every row is missing (or there are no rows).</exception>
    public static void HasValues(DataFrameColumn column, string parameter, string purpose) =>
        That(column.Length > column.NullCount, parameter, $"values in column '{column.Name}' {purpose}",
            $"{(column.Length == 0 ? "no rows at all" : $"all {column.Length} rows missing")}",
            "Drop or fill the missing values first (lesson 02), or pick another column.");

    /// <summary>The names of the frame's columns (those that <paramref name="which"/> selects), for a message.</summary>
    public static string Names(DataFrame frame, Func<DataFrameColumn, bool>? which = null)
    {
        var names = frame.Columns.Where(which ?? (_ => true)).Select(c => c.Name).ToList();
        return names.Count == 0 ? "(none)" : string.Join(", ", names);
    }
}
