namespace MLCourse.Reinforcement;

/// <summary>
/// The learning loop Q-learning and SARSA share (Sutton and Barto, sections 6.4 and 6.5): play episodes with the
/// ε-greedy policy on the Q-table, and after every step move Q(s, a) towards a target. They differ only in the target.
/// </summary>
internal static class TemporalDifference
{
    public static LearningRun Train(IEnvironment environment, int episodes, double alpha, double gamma, double epsilon, int seed, bool sarsa)
    {
        ArgumentNullException.ThrowIfNull(environment);
        Require.AtLeast(episodes, 1, nameof(episodes), "the number of episodes to learn from");
        CheckSettings(alpha, gamma);
        EpsilonGreedy.CheckEpsilon(epsilon);
        var q = new QTable(environment.StateCount, environment.ActionCount);
        var seeds = new Random(seed);
        var random = new Random(seeds.Next());            // the agent's coin flips, apart from the environment's
        var returns = new double[episodes];
        for (var episode = 0; episode < episodes; episode++)
        {
            var state = environment.Reset(episode == 0 ? seeds.Next() : null).Observation;
            var action = EpsilonGreedy.Choose(q.ActionValues(state), epsilon, random);
            while (true)
            {
                var step = environment.Step(action);
                returns[episode] += step.Reward;
                int next;
                if (sarsa)
                {
                    next = step.Terminated ? -1 : EpsilonGreedy.Choose(q.ActionValues(step.Observation), epsilon, random);
                    Sarsa.Update(q, state, action, step.Reward, step.Observation, next, step.Terminated, alpha, gamma);
                }
                else
                {
                    QLearning.Update(q, state, action, step.Reward, step.Observation, step.Terminated, alpha, gamma);
                    next = step.Terminated ? -1 : EpsilonGreedy.Choose(q.ActionValues(step.Observation), epsilon, random);
                }
                if (step.Terminated || step.Truncated) break;
                (state, action) = (step.Observation, next);
            }
        }
        return new LearningRun(q, returns);
    }

    public static void CheckSettings(double alpha, double gamma)
    {
        Require.StepSize(alpha, "alpha", "the step size (α: how far each update moves an estimate towards its target)", "0.5 or 0.1");
        Require.Between0And1(gamma, "gamma", "the discount (γ: how much a reward one step later is worth)", "1 for an episodic task, or 0.9");
    }
}
