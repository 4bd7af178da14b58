using MLCourse.Forecasting;

namespace MLCourse.Tests.Library.Forecasting;

public sealed class ForecastErrorsTests
{
    [Fact]
    public void Mae_mape_and_the_mase_scale_by_hand()
    {
        // errors 10, −20, 0: MAE 10; MAPE (10/100 + 20/200 + 0) / 3 = 6.67%.
        Assert.Equal(10, ForecastErrors.Mae([100, 200, 300], [90, 220, 300]), 12);
        Assert.Equal(20.0 / 3, ForecastErrors.Mape([100, 200, 300], [90, 220, 300]), 12);
        // period 2: |3 − 1|, |2 − 2|, |6 − 3| → mean 5 / 3.
        Assert.Equal(5.0 / 3, ForecastErrors.MaseScale([1, 2, 3, 2, 6], 2), 12);
    }

    [Fact]
    public void Mismatched_lengths_a_zero_actual_or_too_short_training_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ForecastErrors.Mae([1, 2], [1]));
        Assert.Contains("MAPE divides", Assert.Throws<ArgumentException>(() => ForecastErrors.Mape([0, 2], [1, 1])).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => ForecastErrors.MaseScale([1, 2], 7));
    }
}
