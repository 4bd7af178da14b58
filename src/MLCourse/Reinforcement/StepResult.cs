namespace MLCourse.Reinforcement;

/// <summary>
/// What one step of an environment returns, Gymnasium's five values: the new state, the reward for the step, whether
/// the episode <paramref name="Terminated"/> (the task ended: the goal was reached) or was <paramref name="Truncated"/>
/// (cut off by a step limit, though the task had not ended), and extra information. Deconstructs like Gymnasium's tuple:
/// <c>var (next, reward, terminated, truncated, info) = env.Step(action);</c>
/// </summary>
public sealed record StepResult(int Observation, double Reward, bool Terminated, bool Truncated, IReadOnlyDictionary<string, object> Info);
