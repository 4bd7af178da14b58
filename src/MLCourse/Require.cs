using System.Globalization;

namespace MLCourse;

/// <summary>
/// The one place argument checks are written: each says what was expected, what was found, and what to do
/// (scikit-learn's <c>check_*</c> functions, ML.NET's <c>Contracts</c>).
/// </summary>
internal static class Require
{
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
