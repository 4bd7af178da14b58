using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace MLCourse;

/// <summary>
/// One part of a <see cref="Require"/> message (what was expected, what was found, or what to do), written as an
/// interpolated string that is formatted only when the check fails, as <c>Debug.Assert</c>'s message is: when the
/// condition holds, neither the text nor the values in its holes are computed, so a check on every predicted row costs
/// a comparison and no message. Values are written in the invariant culture (<c>1.5</c>, never <c>1,5</c>). A plain
/// string converts to a part too.
/// </summary>
[InterpolatedStringHandler]
internal readonly struct LazyText
{
    private readonly StringBuilder? formatted;   // null when the check held: nothing was formatted
    private readonly string? plain;

    /// <summary>Called by the compiler for <c>$"…"</c>; <paramref name="condition"/> is the check's, and only a failed check formats.</summary>
    public LazyText(int literalLength, int formattedCount, bool condition, out bool format)
    {
        format = !condition;
        formatted = format ? new StringBuilder(literalLength + 8 * formattedCount) : null;
        plain = null;
    }

    private LazyText(string plain) => (formatted, this.plain) = (null, plain);

    /// <summary>A part that is already text.</summary>
    public static implicit operator LazyText(string text) => new(text);

    /// <summary>The literal text between the holes.</summary>
    public void AppendLiteral(string value) => formatted!.Append(value);

    /// <summary>A hole: <c>{value}</c>.</summary>
    public void AppendFormatted<T>(T value) => formatted!.Append(Show(value, null));

    /// <summary>A hole with a format: <c>{value:0.00}</c>.</summary>
    public void AppendFormatted<T>(T value, string? format) => formatted!.Append(Show(value, format));

    /// <summary>The text (empty for a part of a check that held, which is never shown).</summary>
    public override string ToString() => plain ?? formatted?.ToString() ?? "";

    private static string? Show<T>(T value, string? format) =>
        value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value?.ToString();
}
