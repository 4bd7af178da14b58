namespace MLCourse.Reinforcement;

/// <summary>
/// What a learning agent ends with: its Q-table, and the return of every episode it played while learning (its online
/// return, earned with the exploring policy, random moves included).
/// </summary>
public sealed record LearningRun(QTable Q, IReadOnlyList<double> Returns);
