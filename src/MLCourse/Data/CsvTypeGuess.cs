using System.Globalization;

namespace MLCourse.Data;

/// <summary>
/// Guesses a column's type from its first values exactly as <c>DataFrame.LoadCsv</c> 0.24 does (and 0.23 did; CsvTests compares the two on the course's files), so that
/// <see cref="Csv"/> gives the same columns: each value that is not empty or "null" votes bool, float,
/// DateTime or string (tried in that order), and the column takes the widest vote, string &gt; float &gt; bool &gt; DateTime.
/// A column with no such value is a string column.
/// </summary>
internal static class CsvTypeGuess
{
    public static Type Guess(IEnumerable<string> values, CultureInfo culture)
    {
        Type? guess = null;
        foreach (var value in values)
        {
            if (IsMissing(value)) continue;
            var vote = bool.TryParse(value, out _) ? typeof(bool)
                : float.TryParse(value, NumberStyles.Float | NumberStyles.AllowThousands, culture, out _) ? typeof(float)
                : DateTime.TryParse(value, culture, out _) ? typeof(DateTime)
                : typeof(string);
            guess = guess is null ? vote : Widest(guess, vote);
        }
        return guess ?? typeof(string);
    }

    /// <summary>"" and "null" (any case) are missing values in LoadCsv.</summary>
    public static bool IsMissing(string value) => value.Length == 0 || value.Equals("null", StringComparison.OrdinalIgnoreCase);

    private static Type Widest(Type a, Type b) =>
        a == typeof(string) || b == typeof(string) ? typeof(string)
        : a == typeof(float) || b == typeof(float) ? typeof(float)
        : a == typeof(bool) || b == typeof(bool) ? typeof(bool)
        : typeof(DateTime);
}
