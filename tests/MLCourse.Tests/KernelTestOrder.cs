using Xunit.Abstractions;
using Xunit.Sdk;

namespace MLCourse.Tests;

/// <summary>
/// Orders the kernel tests that xunit is about to run (the ones a filter selected, no others): the lessons as shipped in
/// lesson order, then with their solutions, then the rest; and hands the lesson runs they need to <see cref="LessonRuns.Plan"/>,
/// so that the runs start at once, two at a time, and nothing runs that no selected test needs.
/// </summary>
public sealed class KernelTestOrder : ITestCaseOrderer
{
    public const string TypeName = "MLCourse.Tests.KernelTestOrder";
    public const string AssemblyName = "MLCourse.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase
    {
        var ordered = testCases
            .Select(c => (Case: c, Run: RunOf(c)))
            .OrderBy(c => c.Run is null)
            .ThenBy(c => c.Run?.Solutions)
            .ThenBy(c => c.Run?.Lesson, StringComparer.Ordinal)
            .ThenBy(c => c.Case.DisplayName, StringComparer.Ordinal)
            .ToList();
        LessonRuns.Plan(ordered.Where(c => c.Run is not null).Select(c => c.Run!.Value));
        return ordered.Select(c => c.Case);
    }

    /// <summary>The lesson run a test case needs, from its <see cref="LessonRunAttribute"/> and its lesson argument.</summary>
    private static (string Lesson, bool Solutions)? RunOf(ITestCase testCase)
    {
        var attribute = testCase.TestMethod.Method.GetCustomAttributes(typeof(LessonRunAttribute)).SingleOrDefault();
        if (attribute is null || testCase.TestMethodArguments is not [string lesson]) return null;
        return attribute.GetConstructorArguments().Single() is true ? LessonRuns.SolvedRun(lesson) : (lesson, false);
    }
}
