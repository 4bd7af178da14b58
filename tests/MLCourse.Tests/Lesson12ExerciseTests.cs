using MLCourse.Exercises;

namespace MLCourse.Tests;

public sealed class Lesson12ExerciseTests
{
    [Fact]
    public void Value_by_hand_is_8_and_the_usual_slips_are_named()
    {
        // By hand: jumping is worth 0.8 × 10 + 0.2 × (−5) = 7 from A or B; V*(B) = max(10, 7) = 10; V*(A) = max(−1 + 0.9 × 10, 7) = 8.
        Assert.Equal(Outcome.Correct, Lesson12.ValueByHand.Check(8).Outcome);
        Assert.StartsWith("That adds the rewards without discounting", Lesson12.ValueByHand.Check(9).Message);
        Assert.StartsWith("The discount applies to what comes after", Lesson12.ValueByHand.Check(8.1).Message);
        Assert.StartsWith("That is what jumping from A is worth", Lesson12.ValueByHand.Check(7).Message);
        Assert.Equal(Outcome.Incorrect, Lesson12.ValueByHand.Check(7.2).Outcome);
    }

    [Fact]
    public void Q_update_accepts_the_rule_and_names_each_known_mistake()
    {
        Assert.Equal(Outcome.Correct, Lesson12.QUpdate.Check(t => t.Q + t.Alpha * ((t.Terminated ? t.Reward : t.Reward + t.Gamma * t.NextQ.Max()) - t.Q)).Outcome);
        Assert.StartsWith("Right, except when the episode has ended",
            Lesson12.QUpdate.Check(t => t.Q + t.Alpha * (t.Reward + t.Gamma * t.NextQ.Max() - t.Q)).Message);
        Assert.StartsWith("That is the target",
            Lesson12.QUpdate.Check(t => t.Terminated ? t.Reward : t.Reward + t.Gamma * t.NextQ.Max()).Message);
        Assert.StartsWith("That averages the next state's values",
            Lesson12.QUpdate.Check(t => t.Q + t.Alpha * ((t.Terminated ? t.Reward : t.Reward + t.Gamma * t.NextQ.Average()) - t.Q)).Message);
        Assert.StartsWith("The next state's value must be discounted",
            Lesson12.QUpdate.Check(t => t.Q + t.Alpha * ((t.Terminated ? t.Reward : t.Reward + t.NextQ.Max()) - t.Q)).Message);
        // A SARSA-like update with the first next action: no known mistake, so the first failing input is named.
        Assert.StartsWith("For the input (Q = 0, Reward = -1, NextQ = [-2, -1, -3, -4]",
            Lesson12.QUpdate.Check(t => t.Q + t.Alpha * ((t.Terminated ? t.Reward : t.Reward + t.Gamma * t.NextQ[0]) - t.Q)).Message);
        Assert.Contains("threw InvalidOperationException", Lesson12.QUpdate.Check(_ => throw new InvalidOperationException("no")).Message);
    }

    [Fact]
    public void Epsilon_is_judged_by_the_checkers_own_runs_good_values_pass_extremes_fail()
    {
        Assert.Equal(Outcome.Correct, Lesson12.BestEpsilon.Check(0.1).Outcome);
        Assert.Equal(Outcome.Correct, Lesson12.BestEpsilon.Check(0.05).Outcome);
        Assert.Equal(Outcome.Correct, Lesson12.BestEpsilon.Check(0.2).Outcome);
        Assert.Contains("the exercise asks for at least 0.60", Lesson12.BestEpsilon.Check(0).Message);       // greedy gets stuck
        Assert.Contains("the exercise asks for at least 0.60", Lesson12.BestEpsilon.Check(0.5).Message);     // explores half the time
        Assert.Equal(Outcome.Incorrect, Lesson12.BestEpsilon.Check(1).Outcome);
        Assert.StartsWith("That ε cannot be used (ArgumentOutOfRangeException: epsilon is the share of moves made at random",
            Lesson12.BestEpsilon.Check(1.5).Message);
    }

    [Fact]
    public void Slippery_path_is_one_row_up_and_the_other_rows_are_explained()
    {
        Assert.Equal(Outcome.Correct, Lesson12.SlipperyPath.Check("B").Outcome);
        Assert.Equal(Outcome.Correct, Lesson12.SlipperyPath.Check(" b ").Outcome);
        Assert.StartsWith("Along the edge, every step risks", Lesson12.SlipperyPath.Check("A").Message);
        Assert.StartsWith("The top row is safe", Lesson12.SlipperyPath.Check("C").Message);
        Assert.Contains("not one of the possible answers", Lesson12.SlipperyPath.Check("row 1").Message);
    }
}
