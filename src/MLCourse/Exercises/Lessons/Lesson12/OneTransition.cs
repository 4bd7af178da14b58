using System.Globalization;

namespace MLCourse.Exercises;

/// <summary>
/// What an update for one transition needs (exercise 12.2): the current estimate Q(s, a), the reward, the next state's
/// estimates Q(s′, ·), whether the episode ended, the step size α, the discount γ, and the ε of the agent's ε-greedy policy.
/// </summary>
public sealed record OneTransition(double Q, double Reward, double[] NextQ, bool Terminated, double Alpha, double Gamma, double Epsilon)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"(Q = {Q}, Reward = {Reward}, NextQ = [{string.Join(", ", NextQ)}], Terminated = {Terminated}, Alpha = {Alpha}, Gamma = {Gamma}, Epsilon = {Epsilon})");
}
