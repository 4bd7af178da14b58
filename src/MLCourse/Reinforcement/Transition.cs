namespace MLCourse.Reinforcement;

/// <summary>
/// One possible outcome of taking an action in a state: with <paramref name="Probability"/> the agent lands in
/// <paramref name="NextState"/> and receives <paramref name="Reward"/>; <paramref name="Terminated"/> says that this ends
/// the episode. The same four numbers as an entry of Gymnasium's <c>env.unwrapped.P[state][action]</c>.
/// </summary>
public sealed record Transition(double Probability, int NextState, double Reward, bool Terminated);
