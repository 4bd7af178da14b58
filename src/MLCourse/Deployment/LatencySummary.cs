namespace MLCourse.Deployment;

/// <summary>Percentiles of many timed calls, in microseconds. p99 is what the slowest 1% of users wait for.</summary>
public sealed record LatencySummary(int Calls, double P50, double P99, double Mean)
{
    /// <inheritdoc />
    public override string ToString() => $"p50 {P50:0.0} µs, p99 {P99:0.0} µs over {Calls:N0} calls";
}
