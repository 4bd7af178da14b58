namespace MLCourse.Reinforcement;

/// <summary>
/// The learning loop Q-learning and SARSA share (Sutton and Barto, sections 6.4 and 6.5): play episodes with the
/// ε-greedy policy on the Q-table, and after every step move Q(s, a) towards a target. They differ only in the target.
/// </summary>
internal static class TemporalDifference
{
    public static LearningRun Train(IEnvironment environment, int episodes, double alpha, double gamma, double epsilon, int seed, bool sarsa)
    {
        Require.NotNull(environment, nameof(environment), "an environment to learn in");
        Require.AtLeast(episodes, 1, nameof(episodes), "episode", "so that there is something to learn from");
        CheckSettings(alpha, gamma);
        EpsilonGreedy.CheckEpsilon(epsilon);
        // The settings are checked once, here: the loop below chooses and updates without checking them again on every step.
        var q = new QTable(environment.StateCount, environment.ActionCount);
        var seeds = new Random(seed);
        var random = new Random(seeds.Next());            // the agent's coin flips, apart from the environment's
        var returns = new double[episodes];
        for (var episode = 0; episode < episodes; episode++)
        {
            var state = environment.Reset(episode == 0 ? seeds.Next() : null).Observation;
            var action = EpsilonGreedy.Pick(q.ActionValues(state), epsilon, random);
            while (true)
            {
                var step = environment.Step(action);
                returns[episode] += step.Reward;
                int next;
                if (sarsa)
                {
                    next = step.Terminated ? -1 : EpsilonGreedy.Pick(q.ActionValues(step.Observation), epsilon, random);
                    Sarsa.Apply(q, state, action, step.Reward, step.Observation, next, step.Terminated, alpha, gamma);
                }
                else
                {
                    QLearning.Apply(q, state, action, step.Reward, step.Observation, step.Terminated, alpha, gamma);
                    next = step.Terminated ? -1 : EpsilonGreedy.Pick(q.ActionValues(step.Observation), epsilon, random);
                }
                if (step.Terminated || step.Truncated) break;
                (state, action) = (step.Observation, next);
            }
        }
        return new LearningRun(q, returns);
    }

    public static void CheckSettings(double alpha, double gamma)
    {
        Require.Number(alpha > 0 && alpha <= 1, "alpha", "a step size α (how far each update moves an estimate towards its target) more than 0 and at most 1",
            $"{alpha}", "At 0 nothing would be learned. Try 0.5 or 0.1.");
        Require.InRange(gamma, 0, 1, "gamma", "a discount γ (how much a reward one step later is worth)", "Try 1 for an episodic task, or 0.9.");
    }
}
