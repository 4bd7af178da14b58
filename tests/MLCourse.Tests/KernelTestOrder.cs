using Xunit.Sdk;
using Xunit.v3;

namespace MLCourse.Tests;

/// <summary>
/// Orders the kernel tests that xunit is about to run (the ones a filter selected, no others): the lessons as shipped in
/// lesson order, then with their solutions, then the rest; and hands the lesson runs they need to <see cref="LessonRuns.Plan"/>,
/// so that the runs start at once, two at a time, and nothing runs that no selected test needs.
/// </summary>
public sealed class KernelTestOrder : ITestCaseOrderer
{
    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases) where TTestCase : notnull, ITestCase
    {
        var ordered = testCases
            .Select(c => (Case: c, Run: RunOf(c)))
            .OrderBy(c => c.Run is null)
            .ThenBy(c => c.Run?.Solutions)
            .ThenBy(c => c.Run?.Lesson, StringComparer.Ordinal)
            .ThenBy(c => c.Case.TestCaseDisplayName, StringComparer.Ordinal)
            .ToList();
        LessonRuns.Plan(ordered.Where(c => c.Run is not null).Select(c => c.Run!.Value));
        return ordered.Select(c => c.Case).ToList();
    }

    /// <summary>The lesson run a test case needs, from its <see cref="LessonRunAttribute"/> and its lesson argument.</summary>
    private static (string Lesson, bool Solutions)? RunOf(ITestCase testCase)
    {
        if (testCase is not IXunitTestCase { TestMethod.TestMethodArguments: [string lesson] } xunitCase) return null;
        var attribute = xunitCase.TestMethod.Method.GetCustomAttributes(typeof(LessonRunAttribute), false).OfType<LessonRunAttribute>().SingleOrDefault();
        if (attribute is null) return null;
        return attribute.Solutions ? LessonRuns.SolvedRun(lesson) : (lesson, false);
    }
}
