using MLCourse.Reinforcement;

namespace MLCourse.Tests.Support;

/// <summary>
/// A three-state decision process small enough to solve by hand: in A, "stay" pays 1 and stays, "go" pays 0 and moves
/// to B; in B, "stay" pays 2 and stays, "go" pays 10 and ends the episode in T.
/// </summary>
internal static class SmallMdp
{
    public const int A = 0, B = 1, T = 2, Stay = 0, Go = 1;

    public static FiniteMdp Create(double goSucceeds = 1) => new(
        [
            [[new(1, A, 1, false)], goSucceeds == 1 ? [new(1, B, 0, false)] : [new(goSucceeds, B, 0, false), new(1 - goSucceeds, A, 0, false)]],
            [[new(1, B, 2, false)], [new(1, T, 10, true)]],
            [[], []],
        ],
        start: A, maxSteps: 50, actionNames: ["stay", "go"]);
}
