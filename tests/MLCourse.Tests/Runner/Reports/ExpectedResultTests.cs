using MLCourse.Runner.Reports;

namespace MLCourse.Tests.Runner.Reports;

public sealed class ExpectedResultTests
{
    [Theory]
    [InlineData(0.9855, 0, 0.9855, true)]
    [InlineData(0.9855, 0, 0.9856, false)]
    [InlineData(0.3, 0, 0.30000000000000004, true)]   // 0.1 + 0.2: a hair of slack for decimal fractions
    [InlineData(0.00001526, 0.0001, 0.00009, true)]
    [InlineData(0.00001526, 0.0001, 0.0002, false)]
    [InlineData(3000000, 0, 3000000.001, true)]        // the slack grows with the value
    [InlineData(3000000, 0, 3000001, false)]
    public void A_value_holds_within_its_band(double value, double tolerance, double got, bool holds)
    {
        Assert.Equal(holds, new ExpectedResult("r", value, tolerance, tolerance > 0 ? "why" : null).Holds(got));
    }

    [Fact]
    public void The_band_is_written_as_results_are_published()
    {
        Assert.Equal("0.9855 ± 0", new ExpectedResult("a", 0.9855, 0, null).Band);
        Assert.Equal("0.00001526 ± 0.0001", new ExpectedResult("b", 0.00001526, 0.0001, "CPU").Band);
        Assert.Equal("3000000 ± 0", new ExpectedResult("c", 3e6, 0, null).Band);
    }
}
