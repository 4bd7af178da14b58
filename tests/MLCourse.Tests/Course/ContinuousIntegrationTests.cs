using System.Text.RegularExpressions;
using MLCourse.Runner.Processes;
using MLCourse.Tests.Kernel;

namespace MLCourse.Tests.Course;

/// <summary>
/// What the README says about testing is what CI does: GitHub runs .ci/run, .ci/run runs the README's command; the README's
/// fast filter leaves out every test that starts a kernel, an app, a browser or a registry download; and every lesson is run
/// by the kernel tests.
/// </summary>
public sealed partial class ContinuousIntegrationTests
{
    private static string Read(string path) => File.ReadAllText(Path.Combine(Repository.Folders.Root, path));

    [Fact]
    public void The_GitHub_workflow_runs_ci_run_on_every_push_and_pull_request()
    {
        var workflow = Read(".github/workflows/ci.yml");

        Assert.Matches(@"(?m)^on:\s*\n\s+push:\s*\n\s+pull_request:\s*$", workflow);
        Assert.Matches(@"(?m)^\s+run: bash \.ci/run\s*$", workflow);
    }

    [Fact]
    public void Ci_run_runs_exactly_the_README_s_test_command_and_ends_with_the_summary_line()
    {
        var command = ReadmeTestCommand().Match(Read("README.md")).Groups["command"].Value.Trim();
        var script = Read(".ci/run");

        Assert.Equal("dotnet test course.sln", command);
        Assert.Contains($"\n{command} 2>&1 | tee", script);
        Assert.Contains("echo \"$passed passed, $failed failed\"", script);
    }

    [Fact]
    public void The_README_s_fast_filter_leaves_out_the_kernel_the_browser_and_the_registry()
    {
        Assert.Contains($"dotnet test course.sln --filter \"Category!={KernelGuard.Category}&Category!=Browser&Category!=Registry\"", Read("README.md"));
    }

    /// <summary>
    /// The filter is only as good as the categories, so a test that starts a .NET process is known by what it does: outside
    /// the Kernel category (this test is outside it), the start is refused before anything runs, naming the test.
    /// </summary>
    [Fact]
    public async Task A_test_outside_the_Kernel_category_cannot_start_a_dotnet_process()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ChildProcess.RunAsync(ProcessStart.Dotnet(Repository.Folders.Root, ["--version"]), TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken));

        Assert.Equal(KernelGuard.ExpectedRefusal, nameof(A_test_outside_the_Kernel_category_cannot_start_a_dotnet_process));
        Assert.Contains(nameof(A_test_outside_the_Kernel_category_cannot_start_a_dotnet_process), refused.Message);
        Assert.Contains("is not in the Kernel category", refused.Message);
    }

    /// <summary>Each lesson has its kernel test class (Kernel/Lessons/LessonNNRunTests.cs), so no lesson goes unrun.</summary>
    [Fact]
    public void Every_lesson_has_its_kernel_test_class()
    {
        var tested = typeof(LessonRunTests).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(LessonRunTests)) && !t.IsAbstract)
            .Select(t => ((LessonRunTests)Activator.CreateInstance(t, [null])!).Lesson)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(Repository.Lessons.Select(l => l.Name), tested);
    }

    /// <summary>The code block that follows "Run the tests" in the README.</summary>
    [GeneratedRegex(@"Run the tests[^\n]*\n+```\n(?<command>[^\n]+)\n```")]
    private static partial Regex ReadmeTestCommand();
}
