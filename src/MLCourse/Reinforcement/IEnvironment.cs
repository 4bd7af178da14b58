namespace MLCourse.Reinforcement;

/// <summary>
/// An environment an agent acts in, in Gymnasium's shape (<c>env.reset</c> / <c>env.step</c>): states and actions are
/// numbered (Gymnasium's <c>Discrete</c> spaces). <see cref="Reset"/> starts an episode; <see cref="Step"/> applies one
/// action and says what happened. The agent sees only what these return.
/// </summary>
public interface IEnvironment
{
    /// <summary>How many states there are, numbered 0 to <c>StateCount − 1</c> (Gymnasium's <c>observation_space.n</c>).</summary>
    int StateCount { get; }

    /// <summary>How many actions there are, numbered 0 to <c>ActionCount − 1</c> (Gymnasium's <c>action_space.n</c>).</summary>
    int ActionCount { get; }

    /// <summary>
    /// Starts a new episode and returns its first state and an info dictionary. A <paramref name="seed"/> re-seeds the
    /// environment's random numbers (as <c>env.reset(seed=1)</c>); without one, they carry on from where they were.
    /// </summary>
    (int Observation, IReadOnlyDictionary<string, object> Info) Reset(int? seed = null);

    /// <summary>Applies <paramref name="action"/>: the next state, the reward, and whether the episode ended.</summary>
    StepResult Step(int action);
}
