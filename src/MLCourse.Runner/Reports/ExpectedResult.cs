namespace MLCourse.Runner.Reports;

/// <summary>
/// One result a lesson must publish: its value and how far a run may stray from it. The tolerance is 0 for a
/// deterministic number; a band (tolerance &gt; 0) needs a one-line reason, e.g. native code whose float sums depend on the CPU.
/// </summary>
public sealed record ExpectedResult(string Name, double Value, double Tolerance, string? Reason)
{
    /// <summary>Whether <paramref name="value"/> is within the band (with a hair of slack for decimal fractions such as 0.1).</summary>
    public bool Holds(double value) => Math.Abs(value - Value) <= Tolerance + 1e-9 * Math.Max(1, Math.Abs(Value));

    /// <summary>"0.9855 ± 0" or "0.00001526 ± 0.0001".</summary>
    public string Band => $"{Format(Value)} ± {Format(Tolerance)}";

    /// <summary>As results are published: four significant digits, never an exponent (0.00001526, 3000000).</summary>
    internal static string Format(double value) => LessonResults.Format(value);
}
