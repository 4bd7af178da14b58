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
    public void A_function_right_only_at_the_lessons_three_horizons_is_told_where_it_goes_wrong()
    {
        // A learner's answer, accepted when the checker asked horizons 1, 7 and 28 only: right there, wrong in between.
        var check = Lesson13.SeasonalNaiveForecast;
        var threeOnly = check.Check(q => q.Horizon == 1 ? q.History[^7] : q.History[^1]);
        Assert.Equal(Outcome.Incorrect, threeOnly.Outcome);
        // 1988-01-01 is a Friday; 2 days ahead the history ends on 1987-12-30, a Wednesday, and History[^1] is that day.
        Assert.StartsWith("Right at horizons 1, 7, 14, 21 and 28, but not at horizon 2: for 1988-01-01, a Friday, 2 days ahead (the history ends on 1987-12-30)", threeOnly.Message);
        Assert.Contains("the births of 1987-12-30, a Wednesday", threeOnly.Message);
        Assert.Contains("at every horizon from 1 to 28", threeOnly.Message);

        var shortHorizonsOnly = check.Check(q => q.Horizon <= 7 ? q.History[q.History.Count - 1 - (7 - q.Horizon)] : q.History[^1]);
        Assert.StartsWith("Right at horizons 1, 2, 3, 4, 5, 6, 7, 14, 21 and 28, but not at horizon 8", shortHorizonsOnly.Message);
    }

    [Fact]
    public void The_questions_never_show_the_day_being_forecast()
    {
        var questions = Lesson13.Questions();
        Assert.Equal(28 * 366, questions.Count);   // every horizon from 1 to 28
        Assert.Equal(Enumerable.Range(1, 28), questions.Select(q => q.Horizon).Distinct());
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
        Assert.Contains("is still 4 days in the future", check.Check([3, 7, 364]).Message);
        Assert.Contains("is still a day in the future", check.Check([6, 7]).Message);
        Assert.StartsWith("Lag -1 is the day after the one being forecast", check.Check([-1, 7]).Message);
        Assert.StartsWith("Lag 1 is not known 7 days ahead", check.Check([1, 2, 3, 4, 5, 6]).Message);   // every lag shorter than the horizon
        Assert.StartsWith("Lag -7 is a day 7 days after the one being forecast", check.Check([-7, 7, 364]).Message);   // shifted the wrong way
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
    public void An_interval_made_from_1986_and_1987s_errors_passes_and_the_solution_is_one()
    {
        // Measured with Python on data/us-births.csv (quantiles as NumPy's): seasonal naive's errors a week ahead on the
        // backtest's days of 1986–1987 (706, each half-year's first 6 left out) → [−377.5, 408.5], 76.2% of 1988;
        // every day of 1986–1987 → [−406.3, 408.1], 79.0%; the backtest's 1986 (folds 1 and 2) → [−393.8, 392.4], 76.5%.
        var check = Lesson13.Interval80;
        var honest = Lesson13.HonestIntervals();
        Assert.Equal(-377.5, honest[0].Interval.Lower, 1);
        Assert.Equal(408.5, honest[0].Interval.Upper, 1);
        Assert.Equal(0.762, Lesson13.HiddenYearCoverage(honest[0].Interval), 3);
        var solution = check.Check(honest[0].Interval);
        Assert.Equal(Outcome.Correct, solution.Outcome);
        Assert.Contains("in 1986–1987 (the backtest's days), [-377.5, 408.5]", solution.Message);
        Assert.Contains("it covered 76.2% of the days", solution.Message);   // a passing one is told its coverage

        var everyDay = EmpiricalIntervals.Fit(SeasonalNaiveErrors(new(1986, 1, 1), new(1987, 12, 31)), 0.8);
        Assert.Equal(0.790, Lesson13.HiddenYearCoverage(everyDay), 3);
        Assert.Equal(Outcome.Correct, check.Check(everyDay).Outcome);
        Assert.Equal(Outcome.Correct, check.Check(new ForecastInterval(0.8, -394, 392)).Outcome);   // 1986's (the statement's candidate), rounded
        Assert.All(honest, h => Assert.Equal(Outcome.Correct, check.Check(h.Interval).Outcome));
    }

    [Fact]
    public void An_interval_not_made_from_1986_and_1987s_errors_is_told_what_it_is()
    {
        var check = Lesson13.Interval80;

        // A round guess: 78.7% of 1988, inside any coverage band, yet made from no errors.
        var guess = check.Check(new ForecastInterval(0.8, -400, 400));
        Assert.Equal(Outcome.Incorrect, guess.Outcome);
        Assert.Contains("a guessed or rounded interval is not one made from past errors", guess.Message);
        Assert.DoesNotContain("78.7", guess.Message);

        // 1988's own errors, read from the shipped file: 80.1% of 1988, a leak.
        var births = Lesson13.Births;
        var own = EmpiricalIntervals.Fit(Lesson13.HiddenYear.Select(t => births.Values[t] - births.Values[t - 7]), 0.8);
        Assert.Equal(0.801, Lesson13.HiddenYearCoverage(own), 3);
        var leak = check.Check(own);
        Assert.Equal(Outcome.Incorrect, leak.Outcome);
        Assert.StartsWith("Those are the quantiles of 1988's own errors", leak.Message);
        Assert.Equal(Outcome.Incorrect, check.Check(new ForecastInterval(0.8, Math.Round(own.Lower), Math.Round(own.Upper))).Outcome);

        // Every year's errors, 1969–1987 → [−362, 373], 72.7% of 1988: births and their swings were smaller in the 1970s.
        var allYears = check.Check(EmpiricalIntervals.Fit(SeasonalNaiveErrors(new(1969, 1, 8), new(1987, 12, 31)), 0.8));
        Assert.Equal(Outcome.Incorrect, allYears.Outcome);
        Assert.Contains("Yours is made from every year's errors, 1969–1987: are they recent enough", allYears.Message);
        Assert.DoesNotContain("72.", allYears.Message);   // a failing interval's coverage on 1988 is not shown: it would be tuned against

        // The wrong model's errors: the trees' (here in sample, on days they were trained on) are much smaller than seasonal naive's.
        var features = new LagFeatures([7, 14, 21, 28, 364]);
        var lastTraining = births.IndexOf(new DateTime(1987, 12, 31));
        var trainingDays = Enumerable.Range(features.FirstTarget(7), lastTraining + 1 - features.FirstTarget(7)).ToList();
        var trees = TreeForecaster.Fit(births, trainingDays, 7, features, relative: true);
        var recentDays = trainingDays.Where(t => t >= births.IndexOf(new DateTime(1986, 1, 1))).ToList();
        var inSample = EmpiricalIntervals.Fit(trees.Predict(births.Values, recentDays).Select((f, i) => births.Values[recentDays[i]] - f), 0.8);
        var otherModel = check.Check(inSample);
        Assert.Equal(Outcome.Incorrect, otherModel.Outcome);
        Assert.Contains("Yours is narrower than that. Are they seasonal naive's own errors a week ahead", otherModel.Message);
        Assert.DoesNotContain(Lesson13.HiddenYearCoverage(inSample).ToString("0.0%", System.Globalization.CultureInfo.InvariantCulture), otherModel.Message);

        // Recent, honest, but not the years the statement names (1985–1987): told what is expected.
        var threeYears = check.Check(EmpiricalIntervals.Fit(SeasonalNaiveErrors(new(1985, 1, 1), new(1987, 12, 31)), 0.8));
        Assert.Equal(Outcome.Incorrect, threeYears.Outcome);
        Assert.StartsWith("The checker expects the 80% interval of seasonal naive's own errors a week ahead in 1986–1987", threeYears.Message);

        // Absolute births instead of offsets from the forecast.
        var births9000 = check.Check(new ForecastInterval(0.8, 9000, 11500));
        Assert.Equal(Outcome.Incorrect, births9000.Outcome);
        Assert.StartsWith("Lower and Upper are offsets from the forecast (errors, actual − forecast), not births", births9000.Message);

        var ninetyFive = EmpiricalIntervals.Fit(SeasonalNaiveErrors(new(1986, 1, 1), new(1987, 12, 31)), 0.95);
        Assert.StartsWith("That interval says it covers 0.95", check.Check(ninetyFive).Message);
        var tooWide = check.Check(ninetyFive with { Nominal = 0.8 });   // a 95% interval's offsets, claimed as 80%
        Assert.Equal(Outcome.Incorrect, tooWide.Outcome);
        Assert.Contains("Yours is wider than that. Which quantiles did you take?", tooWide.Message);
        Assert.DoesNotContain(Lesson13.HiddenYearCoverage(ninetyFive with { Nominal = 0.8 }).ToString("0.0%", System.Globalization.CultureInfo.InvariantCulture), tooWide.Message);
        Assert.StartsWith("Its Lower offset is not below", check.Check(new ForecastInterval(0.8, 400, -400)).Message);
    }

    [Fact]
    public void The_reflection_is_submitted_with_the_model_answer_and_a_short_one_is_not()
    {
        var check = Lesson13.WhyKFoldLied;
        var log = new ExerciseLog(Path.Combine(Repository.TestFolder("lesson13-reflection"), "progress.json"));
        var model = check.Check(Lesson13.WhyKFoldLiedAnswer, log);
        Assert.Equal(Outcome.Submitted, model.Outcome);
        Assert.DoesNotContain("does not yet touch", model.Message);
        Assert.Contains(Lesson13.WhyKFoldLiedAnswer, check.Solution());   // the check's model answer and Solution() say the same
        Assert.Contains("should believe the backtest's error", Lesson13.WhyKFoldLiedAnswer);
        Assert.NotEqual(Outcome.Submitted, check.Check("K-fold leaks.", log).Outcome);
    }

    [Fact]
    public void A_reflection_that_believes_the_K_fold_is_told_it_misses_which_number_to_believe()
    {
        var check = Lesson13.WhyKFoldLied;
        var log = new ExerciseLog(Path.Combine(Repository.TestFolder("lesson13-reflection-kfold"), "progress.json"));
        var believesKFold = check.Check(
            "The random K-fold puts each test day between training days, so the model saw the future: the days after it. Neighbouring days are alike, " +
            "so the error is too low. A rolling-origin backtest trains only on the past. Still, the team should believe the K-fold number, because it uses more data.", log);
        Assert.Equal(Outcome.Submitted, believesKFold.Outcome);
        Assert.Contains("it does not yet touch on which of the two numbers to believe", believesKFold.Message);

        // The lesson's own paragraph says "trained on the days just after it": that is the future, and it is read so.
        var lessonWords = check.Check(
            "Nothing was computed from the target day, yet each test day sits between training days, so the model was trained on the days just after it. " +
            "It learned that year's level and that year's holidays from their neighbours, which a real forecast never has. The backtest's number is the one to expect in use.", log);
        Assert.Contains("Your answer touches on what the model knew of the days after a test day", lessonWords.Message);
        Assert.DoesNotContain("does not yet touch", lessonWords.Message);
    }
}
