using System.Globalization;
using System.Text.RegularExpressions;

namespace MLCourse;

/// <summary>
/// A lesson's headline results. Each one is shown to the learner in a notebook (a program leaves it out) and, when the
/// course runner runs the lesson, recorded in its <see cref="ResultsFile"/>. Results must come out the same on every run; timings may not, and are marked as such.
/// </summary>
public static partial class LessonResults
{
    /// <summary>Shows <paramref name="name"/> = <paramref name="value"/> and records it for the runner.</summary>
    /// <exception cref="ArgumentException">The name is not lower_snake_case.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public static void Publish(string name, double value) =>
        Publish(name, value, ResultsFile.Current);

    /// <summary>Shows and records a timing (seconds, a speed-up): a number that varies from run to run and machine to machine.</summary>
    /// <exception cref="ArgumentException">The name is not lower_snake_case.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public static void PublishTiming(string name, double value) =>
        Publish(name, value, ResultsFile.Current, timing: true);

    internal static void Publish(string name, double value, string? file, bool timing = false)
    {
        Require.That(name is not null && ValidName().IsMatch(name), nameof(name), $"a result name of lower-case letters, digits and '_'",
            $"'{name}'", $"Name it like 'accuracy' or 'mae_mpg'.");
        Require.Number(double.IsFinite(value), nameof(value), $"a finite number for result '{name}'", $"{value}",
            $"Check the computation that produced it.");

        var text = Format(value);
        // Said on each line, for a learner who meets one in the middle of a notebook's output. A program's output is read
        // as one text, where these lines are noise (the lesson has shown each value already): there only the runner sees them.
        if (!LearnerRoute.IsProgram)
            Console.WriteLine(timing ? $"Timing: {name} = {text} (varies from run to run, so nothing checks it)"
                                     : $"Result: {name} = {text} (the course checks it, against tests/expected-results/, on every change)");
        ResultsFile.AppendResult(file, name!, text, timing);
    }

    /// <summary>
    /// Four significant digits, never an exponent, whole numbers in full, invariant culture:
    /// 0.9812, 2.134, 0.0001235, 12346.
    /// </summary>
    public static string Format(double value)
    {
        if (value == 0) return "0";
        var decimals = 3 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var rounded = Math.Round(value, Math.Clamp(decimals, 0, 15), MidpointRounding.AwayFromZero);
        return rounded.ToString("0.###############", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex ValidName();
}
