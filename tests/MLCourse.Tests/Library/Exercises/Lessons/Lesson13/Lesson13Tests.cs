using MLCourse.Exercises;
using MLCourse.Forecasting;

namespace MLCourse.Tests.Library.Exercises.Lessons.Lesson13;

using Lesson13 = MLCourse.Exercises.Lesson13;   // the lesson's exercises, not this folder's namespace

public sealed class Lesson13Tests
{
    [Fact]
    public void Seasonal_naive_is_right_and_the_usual_slips_are_named()
    {
        var check = Lesson13.SeasonalNaiveForecast;
        var right = check.Check(q => q.History[q.History.Count - 1 - (7 * ((q.Horizon + 6) / 7) - q.Horizon)]);
        Assert.Equal(Outcome.Correct, right.Outcome);
        Assert.Contains("Its MAE on 1988 at horizon 7 is 327.6 births a day: exercise 13.2 asks for at most 0.90 of it.", right.Message);
        // By hand (Python's csv module on data/us-births.csv): mean |y[t] − y[t − 7]| over 1988's 366 days = 327.5656.
        Assert.Equal(327.5656, Lesson13.HiddenYearMae(Lesson13.SeasonalNaive, 7), 4);

        Assert.StartsWith("That is the last known day (the naive forecast)", check.Check(q => q.History[^1]).Message);
        Assert.StartsWith("Right at horizon 1 only", check.Check(q => q.History[^7]).Message);
        Assert.StartsWith("That is the same weekday 52 weeks before", check.Check(q => q.History[q.History.Count - 1 - (364 - q.Horizon)]).Message);
        Assert.StartsWith("For the input (TargetDate = 1988-01-01, Horizon = 1, History = 6,939 days ending 1987-12-31) your function returned",
            check.Check(q => q.History[^14]).Message);
        Assert.Contains("your function threw", check.Check(q => q.History[q.History.Count]).Message);
    }

    [Fact]
    public void The_questions_never_show_the_day_being_forecast()
    {
        var questions = Lesson13.Questions();
        Assert.Equal(3 * 366, questions.Count);
        Assert.All(questions, q => Assert.Equal(Lesson13.Births.IndexOf(q.TargetDate) - q.Horizon + 1, q.History.Count));
        Assert.All(questions, q => Assert.False(q.History is ArraySegment<double> or double[]));   // no cast reaches the days after the morning
    }

    [Fact]
    public void Lags_are_scored_on_1988_and_only_a_passing_set_is_told_its_score()
    {
        // Measured (FastTree, one thread, seed 1): lags-only trees at horizon 7 on 1988, MAE over seasonal naive's:
        //   [7] 1.128, [7, 14] 1.018, [7, 14, 21, 28] 0.990, [7, 364] 0.895, [7, 14, 21, 28, 364] 0.872, [7, 14, 21, 28, 357, 364, 371] 0.855.
        // These are recorded to prove that the solution passes and the weekly lags do not; the bar (LagsBar) comes from the backtest.
        var check = Lesson13.LagsThatBeatIt;
        var right = check.Check([7, 14, 21, 28, 357, 364, 371]);
        Assert.Equal(Outcome.Correct, right.Outcome);
        Assert.Contains("0.855", right.Message);

        var weekOnly = check.Check([7]);
        Assert.Equal(Outcome.Incorrect, weekOnly.Outcome);
        Assert.Contains("does not reach the bar: the exercise asks for at most 0.90", weekOnly.Message);
        Assert.DoesNotContain("1.128", weekOnly.Message);   // 1988's score of a failing set is not shown: it would be tuned against
        Assert.Contains("None of your lags reaches back a year (the longest is 7 days)", weekOnly.Message);

        var fourWeeks = check.Check([7, 14, 21, 28]);   // below the bar on the backtest's mean (0.874), not on 1988
        Assert.Equal(Outcome.Incorrect, fourWeeks.Outcome);
        Assert.DoesNotContain("0.99", fourWeeks.Message);
        Assert.Contains("LagsOnlyBacktest(lags)", fourWeeks.Message);

        var yearOnly = check.Check([364]);   // reaches back a year, alone: the advice then is about neighbours, not about the year
        Assert.Equal(Outcome.Incorrect, yearOnly.Outcome);
        Assert.Contains("Your set reaches back a year", yearOnly.Message);
        Assert.DoesNotContain(Lesson13.LagsOnlyRatio([364]).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture), yearOnly.Message);
    }

    [Fact]
    public void A_lag_that_leaks_is_named_before_any_model_is_trained()
    {
        var check = Lesson13.LagsThatBeatIt;
        Assert.StartsWith("Lag 0 is the very day being forecast", check.Check([0, 7]).Message);           // an unshifted feature
        Assert.StartsWith("Lag 3 is not known 7 days ahead", check.Check([3, 7, 364]).Message);          // shifted too little: a leak
        Assert.StartsWith("Lag 1 is not known 7 days ahead", check.Check([1, 2, 3, 4, 5, 6]).Message);   // every lag shorter than the horizon
        Assert.StartsWith("Lag -7 is a day 7 day(s) after the one being forecast", check.Check([-7, 7, 364]).Message);   // shifted the wrong way
        Assert.StartsWith("Give at least one lag", check.Check([]).Message);
        Assert.StartsWith("Those lags cannot be used", check.Check([7, 7]).Message);
        Assert.StartsWith("Those lags cannot be used", check.Check([7, 900]).Message);
        Assert.All(new int[][] { [0, 7], [3, 7, 364], [1, 2, 3, 4, 5, 6], [-7, 7, 364] }, lags => Assert.Equal(Outcome.Incorrect, check.Check(lags).Outcome));
    }

    private static IEnumerable<double> SeasonalNaiveErrors(DateTime from, DateTime to)
    {
        var births = Lesson13.Births;
        return Enumerable.Range(births.IndexOf(from), births.IndexOf(to) - births.IndexOf(from) + 1).Select(t => births.Values[t] - births.Values[t - 7]);
    }

    [Fact]
    public void An_interval_from_recent_errors_holds_on_1988_and_one_from_all_years_or_another_model_does_not()
    {
        // Measured with Python on data/us-births.csv (quantiles as NumPy's): seasonal naive's errors a week ahead,
        // 1986–1987 → [−406, 408], 79.0% of 1988; 1969–1987 → [−362, 373], 72.7% of 1988.
        var check = Lesson13.Interval80;
        var recent = EmpiricalIntervals.Fit(SeasonalNaiveErrors(new(1986, 1, 1), new(1987, 12, 31)), 0.8);
        Assert.Equal(0.790, Lesson13.HiddenYearCoverage(recent), 3);
        Assert.Equal(Outcome.Correct, check.Check(recent).Outcome);

        var allYears = EmpiricalIntervals.Fit(SeasonalNaiveErrors(new(1969, 1, 8), new(1987, 12, 31)), 0.8);
        var tooNarrow = check.Check(allYears);
        Assert.Equal(Outcome.Incorrect, tooNarrow.Outcome);
        Assert.Contains("covered fewer than 75% of the days", tooNarrow.Message);
        Assert.DoesNotContain("72.7", tooNarrow.Message);   // a failing interval's coverage on 1988 is not shown: it would be tuned against
        Assert.DoesNotContain("72.", tooNarrow.Message);

        // The wrong model's errors: the trees' (here in sample, on days they were trained on) are much smaller than seasonal naive's.
        var features = new LagFeatures([7, 14, 21, 28, 364]);
        var births = Lesson13.Births;
        var lastTraining = births.IndexOf(new DateTime(1987, 12, 31));
        var trainingDays = Enumerable.Range(features.FirstTarget(7), lastTraining + 1 - features.FirstTarget(7)).ToList();
        var trees = TreeForecaster.Fit(births, trainingDays, 7, features, relative: true);
        var recentDays = trainingDays.Where(t => t >= births.IndexOf(new DateTime(1986, 1, 1))).ToList();
        var inSample = EmpiricalIntervals.Fit(trees.Predict(births.Values, recentDays).Select((f, i) => births.Values[recentDays[i]] - f), 0.8);
        var otherModel = check.Check(inSample);
        Assert.Equal(Outcome.Incorrect, otherModel.Outcome);
        Assert.Contains("are they seasonal naive's own errors a week ahead", otherModel.Message);
        Assert.DoesNotContain(Lesson13.HiddenYearCoverage(inSample).ToString("0.0%", System.Globalization.CultureInfo.InvariantCulture), otherModel.Message);
        Assert.Contains("recent enough", tooNarrow.Message);

        var ninetyFive = EmpiricalIntervals.Fit(SeasonalNaiveErrors(new(1986, 1, 1), new(1987, 12, 31)), 0.95);
        Assert.StartsWith("That interval says it covers 0.95", check.Check(ninetyFive).Message);
        var tooWide = check.Check(ninetyFive with { Nominal = 0.8 });   // a 95% interval's offsets, claimed as 80%
        Assert.Equal(Outcome.Incorrect, tooWide.Outcome);
        Assert.Contains("covered more than 85% of the days", tooWide.Message);
        Assert.DoesNotContain(Lesson13.HiddenYearCoverage(ninetyFive with { Nominal = 0.8 }).ToString("0.0%", System.Globalization.CultureInfo.InvariantCulture), tooWide.Message);
        Assert.Contains("On 1988 it covered 79.0% of the days", check.Check(recent).Message);   // a passing one is told its coverage
        Assert.StartsWith("Its Lower offset is not below", check.Check(new ForecastInterval(0.8, 400, -400)).Message);
    }

    [Fact]
    public void The_reflection_is_submitted_with_the_model_answer_and_a_short_one_is_not()
    {
        var check = Lesson13.WhyKFoldLied;
        var log = new ExerciseLog(Path.Combine(Repository.TestFolder("lesson13-reflection"), "progress.json"));
        var model = check.Check(
            "A random K-fold tests on days that lie between training days, so the model has seen the days just before and after each test day: " +
            "the level, the holidays of that year, even the trends that came later: it has seen the future. Neighbouring days are alike, " +
            "so the test is too easy and its error too low. A rolling-origin backtest trains only on the past of each origin, as a real forecast must.", log);
        Assert.Equal(Outcome.Submitted, model.Outcome);
        Assert.DoesNotContain("does not yet touch", model.Message);
        Assert.NotEqual(Outcome.Submitted, check.Check("K-fold leaks.", log).Outcome);
    }
}
