using MLCourse.Evaluation;

namespace MLCourse.Tests.Library.Evaluation;

public sealed class ProportionIntervalTests
{
    /// <summary>
    /// Known values: scipy 1.10's beta quantiles (the Clopper–Pearson ends are Beta(k, n − k + 1) at 2.5% and
    /// Beta(k + 1, n − k) at 97.5%), and R's binom.test(5, 20), whose interval is 0.0865715 to 0.4910459.
    /// </summary>
    [Theory]
    [InlineData(5, 20, 0.0865714691, 0.4910458717)]
    [InlineData(16, 675, 0.0136080124, 0.0382084989)]
    [InlineData(10, 42, 0.1205161865, 0.3945024290)]
    [InlineData(215, 307, 0.6456905964, 0.7510459321)]
    [InlineData(0, 675, 0.0, 0.0054501006)]
    [InlineData(20, 20, 0.8315665290, 1.0)]
    public void Two_sided_ends_are_the_exact_binomial_ones(int count, int trials, double low, double high)
    {
        var interval = ProportionInterval.ClopperPearson(count, trials);

        Assert.Equal(low, interval.Low, 8);
        Assert.Equal(high, interval.High, 8);
        Assert.Equal((double)count / trials, interval.Rate, 12);
    }

    [Fact]
    public void With_no_events_the_one_sided_bound_has_a_closed_form_near_the_rule_of_three()
    {
        // P(0 events) = (1 − p)^n = 0.05 at p = 1 − 0.05^(1/n); the rule of three, 3 / n, is its approximation.
        var bound = ProportionInterval.UpperBound(0, 675);

        Assert.Equal(1 - Math.Pow(0.05, 1.0 / 675), bound, 10);
        Assert.Equal(0.0044282880, bound, 8);
        Assert.Equal(3.0 / 675, bound, 4);
        // The two-sided 95% interval's upper end is the one-sided 97.5% bound.
        Assert.Equal(ProportionInterval.ClopperPearson(0, 675).High, ProportionInterval.UpperBound(0, 675, 0.975), 10);
    }

    [Theory]
    [InlineData(2, 675, 0.0092974665)]
    [InlineData(3, 675, 0.0114465068)]
    [InlineData(16, 675, 0.0357800712)]
    [InlineData(20, 20, 1.0)]
    public void One_sided_bounds_are_the_exact_binomial_ones(int count, int trials, double bound) =>
        Assert.Equal(bound, ProportionInterval.UpperBound(count, trials), 8);

    [Fact]
    public void The_text_shows_the_count_the_rate_and_the_interval() =>
        Assert.Equal("16 of 675 = 2.37% [1.36%, 3.82%]", ProportionInterval.ClopperPearson(16, 675).ToString());

    [Fact]
    public void Bad_arguments_say_what_was_expected()
    {
        Assert.Contains("Expected at least 1 tries", Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.ClopperPearson(0, 0)).Message);
        Assert.Contains("Expected a count from 0 to the 10 tries; found 11", Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.ClopperPearson(11, 10)).Message);
        Assert.Contains("found -1", Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.UpperBound(-1, 10)).Message);
        Assert.Contains("a confidence between 0 and 1", Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.ClopperPearson(1, 10, 95)).Message);
    }
}
