using MLCourse.Deployment;

namespace MLCourse.Tests.Library.Deployment;

public sealed class LatencyTests
{
    [Fact]
    public void Percentile_is_nearest_rank()
    {
        double[] values = [.. Enumerable.Range(1, 100).Select(i => (double)i)];
        Assert.Equal(50, Latency.Percentile(values, 50));
        Assert.Equal(99, Latency.Percentile(values, 99));
        Assert.Equal(5, Latency.Percentile([5, 1, 3], 99));
        Assert.Equal(1, Latency.Percentile([5, 1, 3], 0));
    }

    /// <summary>Each timed call waits at least 200 µs, so every percentile in microseconds is at least 200, whatever the machine's load.</summary>
    [Fact]
    public void Measure_times_each_call_after_the_warm_up_in_microseconds()
    {
        var calls = 0;
        void Call()
        {
            calls++;
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            while (System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMicroseconds < 200) { }
        }

        var summary = Latency.Measure(Call, calls: 100, warmUp: 7);

        Assert.Equal(107, calls);
        Assert.Equal(100, summary.Calls);
        Assert.True(summary.P50 >= 200 && summary.P50 <= summary.P99 && summary.Mean >= 200, summary.ToString());
    }

    [Fact]
    public void Percentile_and_measure_explain_each_bad_input()
    {
        Assert.Equal("Expected a percent between 0 and 100; found 150. Give 50 for the median and 99 for p99, not 0.99. (Parameter 'percent')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Latency.Percentile([1, 2], 150)).Message);
        Assert.Equal("Expected a percent between 0 and 100; found -1. Give 50 for the median and 99 for p99, not 0.99. (Parameter 'percent')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Latency.Percentile([1, 2], -1)).Message);
        Assert.Equal("Expected at least one value; found none. A percentile of no values is undefined: time some calls first. (Parameter 'values')",
            Assert.Throws<ArgumentException>(() => Latency.Percentile([], 50)).Message);
        Assert.Equal("Expected numbers only; found NaN. Drop the values that are not numbers first. (Parameter 'values')",
            Assert.Throws<ArgumentException>(() => Latency.Percentile([1, double.NaN], 50)).Message);
        Assert.Equal("Expected at least 100 calls; found 10. Use 100 or more, so that the 99th percentile is a measured call, not the slowest one. (Parameter 'calls')",
            Assert.Throws<ArgumentOutOfRangeException>(() => Latency.Measure(() => { }, calls: 10)).Message);
    }
}
