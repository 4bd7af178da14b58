using Microsoft.Data.Analysis;
using Microsoft.ML;
using MLCourse.Exercises;

namespace MLCourse.Tests.Library.Exercises;

public sealed class ChecksTests
{
    [Fact]
    public void Number_says_when_an_answer_is_the_right_one_rounded_too_far_and_Computed_does_not()
    {
        var number = Checks.Number(() => 0.2032, tolerance: 0.002);
        var computed = Checks.Computed(() => 0.2032, tolerance: 0.002, "the macro-F1", "Recompute it.");

        Assert.Equal("0.2 is the answer rounded to 1 decimal, which is too coarse here: give it to at least 3 decimals (or don't round at all).", number(0.2).Message);
        Assert.Equal(Outcome.Correct, number(0.203).Outcome);
        Assert.StartsWith("0.3 is too high.", number(0.3).Message);
        Assert.StartsWith("0.2 is not the macro-F1.", computed(0.2).Message);   // no rounding oracle where the direction is kept back
    }

    [Fact]
    public void Number_accepts_within_tolerance_and_explains_known_mistakes_and_direction()
    {
        var check = Checks.Number(() => 10, tolerance: 0.5, (() => 344, "That is the number of rows."));

        Assert.True(check(10.4).Correct);
        Assert.Equal("That is the number of rows.", check(344).Message);
        Assert.Contains("too high", check(11).Message);
        Assert.Contains("too low", check(9).Message);
        Assert.DoesNotContain("10", check(9).Message.Replace("9", ""));   // never the expected value
    }

    [Fact]
    public void Function_runs_test_cases_and_turns_exceptions_into_feedback()
    {
        var check = Checks.Function<int, int>([(2, 4), (3, 9)], (a, b) => a == b);

        Assert.True(check(x => x * x).Correct);
        Assert.Equal("For the input 3 your function returned 6, which is not right.", check(x => x + x).Message);
        Assert.Equal("For the input 2 your function threw InvalidOperationException: nope", check(_ => throw new InvalidOperationException("nope")).Message);
    }

    [Fact]
    public void Column_checks_name_length_and_values_with_missing_values()
    {
        var check = Checks.Column(() => new SingleDataFrameColumn("mass", [1f, null, 3f]));

        Assert.True(check(new SingleDataFrameColumn("mass", [1f, null, 3f])).Correct);
        Assert.Contains("named 'weight'", check(new SingleDataFrameColumn("weight", [1f, null, 3f])).Message);
        Assert.Contains("has 2 values", check(new SingleDataFrameColumn("mass", [1f, null])).Message);
        Assert.Equal("Row 1 holds 0, which is not right; rows before it are.", check(new SingleDataFrameColumn("mass", [1f, 0f, 3f])).Message);
    }

    [Fact]
    public void Column_names_the_kind_of_value_and_recognises_a_known_mistake_whatever_its_name()
    {
        var check = Checks.Column(() => new BooleanDataFrameColumn("wet", [true, false, null]), 0,
            (() => new BooleanDataFrameColumn("today", [false, true, true]), "That is today's."));

        Assert.True(check(new BooleanDataFrameColumn("wet", [true, false, null])).Correct);
        Assert.Equal("The column holds Single values; the exercise asks for Boolean values.", check(new SingleDataFrameColumn("wet", [1f, 0f, null])).Message);
        Assert.Equal("That is today's.", check(new BooleanDataFrameColumn("wet", [false, true, true])).Message);
        Assert.Equal("Row 0 holds False, which is not right; rows before it are.", check(new BooleanDataFrameColumn("wet", [false, false, null])).Message);
        Assert.True(Checks.Column(() => new SingleDataFrameColumn("z", [1f]))(new DoubleDataFrameColumn("z", [1.0])).Correct);   // any kind of number will do
    }

    [Fact]
    public void Score_judges_any_answer_against_a_bar_and_shows_its_failure()
    {
        var check = Checks.Score<Func<int, int>>(f => f(2), threshold: 4, "value", failure: "The rule failed ({0}).");

        Assert.Equal("Its value on held-out data is 4.000.", check(x => x * x).Message);
        Assert.Equal("Its value on held-out data is 3.000; the exercise asks for at least 4.00.", check(x => x + 1).Message);
        Assert.Equal("The rule failed (DivideByZeroException: Attempted to divide by zero.).", check(x => x / (x - 2)).Message);
        Assert.Equal("not a label", check(_ => throw new ModelRejectedException("not a label")).Message);
    }

    [Fact]
    public void Score_with_a_withheld_score_tells_a_failing_answer_only_the_bar_and_advice()
    {
        var check = Checks.Score<Func<int, int>>(f => f(2), threshold: 4, "value", failure: "The rule failed ({0}).", on: "on the hidden year",
            withheld: f => $"Advice for a rule that gives {f(0)} at 0.");

        Assert.Equal("Its value on the hidden year is 4.000.", check(x => x * x).Message);   // a pass still shows its score
        var miss = check(x => x + 1);
        Assert.False(miss.Correct);
        Assert.Equal("Its value on the hidden year does not reach the bar: the exercise asks for at least 4.00. The score itself is shown only once it does, " +
            "so that it cannot be tuned against. Advice for a rule that gives 1 at 0.", miss.Message);
        Assert.DoesNotContain("3", miss.Message);
        Assert.Equal("The rule failed (DivideByZeroException: Attempted to divide by zero.).", check(x => x / (x - 2)).Message);
        Assert.Equal("not a label", check(_ => throw new ModelRejectedException("not a label")).Message);
        var lowerIsBetter = Checks.Score<int>(x => x / 10.0, 1.0, "ratio", higherIsBetter: false, withheld: _ => "Lower.");
        Assert.Equal("Its ratio on held-out data is 0.900.", lowerIsBetter(9).Message);
        Assert.Equal("Its ratio on held-out data does not reach the bar: the exercise asks for at most 1.00. The score itself is shown only once it does, " +
            "so that it cannot be tuned against. Lower.", lowerIsBetter(19).Message);
    }

    [Fact]
    public void Model_is_judged_by_its_score_on_held_out_data()
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Transforms.CopyColumns("b", "a").Fit(ml.Data.LoadFromEnumerable(new[] { new { a = 1f } }));

        Assert.True(Checks.Model(_ => 0.96, 0.95, "accuracy")(model).Correct);
        Assert.Equal("Its accuracy on held-out data is 0.900; the exercise asks for at least 0.95.", Checks.Model(_ => 0.9, 0.95, "accuracy")(model).Message);
        Assert.Contains("could not score the held-out data (ArgumentException: no Features column)",
            Checks.Model(_ => throw new ArgumentException("no Features column"), 0.95, "accuracy")(model).Message);
    }

    [Fact]
    public void Text_ignores_case_and_spaces_and_lists_the_choices_for_an_answer_outside_them()
    {
        var check = Checks.Text("Beak Length (mm)", ["Beak Length (mm)", "Body Mass (g)"], ("Body Mass (g)", "Mass does not separate them."));

        Assert.True(check("  beak length (MM) ").Correct);
        Assert.Equal("Mass does not separate them.", check("Body Mass (g)").Message);
        Assert.Equal("\"beak\" is not one of the possible answers: \"Beak Length (mm)\", \"Body Mass (g)\".", check("beak").Message);
        Assert.False(Checks.Text("sun")("rain").Correct);
    }

    [Fact]
    public void Sequence_tells_wrong_order_from_wrong_items_and_names_known_mistakes()
    {
        var check = Checks.Sequence<int>(() => [11, 12, 3], (() => [7, 8, 6], "Those are the driest."));

        Assert.True(check([11, 12, 3]).Correct);
        Assert.Equal("Those are the driest.", check([7, 8, 6]).Message);
        Assert.Equal("Those are the right items, but not in the right order.", check([3, 11, 12]).Message);
        Assert.Equal("Item 2 (1) is not right; the items before it are.", check([11, 1, 3]).Message);
        Assert.Equal("Your answer has 2 items; the exercise asks for 3.", check([11, 12]).Message);
        Assert.Equal("Your answer has 1 item; the exercise asks for 3.", check([11]).Message);
    }

    [Fact]
    public void Selection_ignores_order_and_says_only_how_many_items_are_classified_wrongly()
    {
        var check = Checks.Selection<string>(["a", "b", "c", "d", "e"], () => ["b", "c", "e"], "steps", (() => ["a", "b", "c"], "The first three is a guess."));

        Assert.True(check(["e", "b", "c"]).Correct);
        Assert.Equal("The first three is a guess.", check(["a", "b", "c"]).Message);
        Assert.Equal("1 of the 5 steps is classified wrongly (in your answer by mistake, or left out of it by mistake). Try Hint() if you are stuck.", check(["b", "c"]).Message);
        Assert.Equal("1 of the 5 steps is classified wrongly (in your answer by mistake, or left out of it by mistake). Try Hint() if you are stuck.", check(["b", "c", "d", "e"]).Message);
        Assert.StartsWith("4 of the 5 steps are classified wrongly", check(["a", "b", "d"]).Message);
        Assert.Equal("\"f\" is not one of the 5 steps: \"a\", \"b\", \"c\", \"d\", \"e\".", check(["b", "f"]).Message);
    }

    [Fact]
    public void Model_can_ask_for_a_low_error_and_pass_on_a_scorer_s_own_rejection()
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Transforms.CopyColumns("b", "a").Fit(ml.Data.LoadFromEnumerable(new[] { new { a = 1f } }));

        Assert.True(Checks.Model(_ => 2.5, 2.9, "MAE", higherIsBetter: false)(model).Correct);
        Assert.Equal("Its MAE on held-out data is 3.100; the exercise asks for at most 2.90.", Checks.Model(_ => 3.1, 2.9, "MAE", higherIsBetter: false)(model).Message);
        Assert.Equal("Wrong kind.", Checks.Model(_ => throw new ModelRejectedException("Wrong kind."), 2.9, "MAE")(model).Message);
    }

    [Fact]
    public void A_computed_number_is_accepted_within_its_tolerance_and_a_miss_is_never_told_its_direction()
    {
        var check = Checks.Computed(() => 0.8946, 0.0007, "the mean accuracy", "Compute it.", right: "Yes.",
            (() => 0.1, "That is a learning rate."));

        Assert.Equal(("Yes.", Outcome.Correct), (check(0.895).Message, check(0.895).Outcome));
        Assert.Equal("That is a learning rate.", check(0.1).Message);
        Assert.Equal("0.9 is not the mean accuracy. Compute it. Try Hint() if you are stuck.", check(0.9).Message);
        Assert.Equal("0.85 is not the mean accuracy. Compute it. Try Hint() if you are stuck.", check(0.85).Message);
        Assert.Equal("Well done.", Checks.Computed(() => 1, 0, "one", "Count.")(1).Message);
    }
}
