using System.Text.RegularExpressions;

namespace MLCourse.Tests;

/// <summary>What the README says about testing is what CI does: GitHub runs .ci/run, .ci/run runs the README's command.</summary>
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

    /// <summary>The README's filter for the fast tests works only if every test that starts a kernel carries the trait.</summary>
    [Fact]
    public void Every_test_class_that_starts_kernels_is_in_the_Kernel_category()
    {
        var kernelClasses = typeof(ContinuousIntegrationTests).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributesData().Any(a => a.AttributeType == typeof(CollectionAttribute) && (string?)a.ConstructorArguments[0].Value == KernelCollection.Name))
            .ToList();

        Assert.NotEmpty(kernelClasses);
        Assert.All(kernelClasses, t => Assert.Contains(("Category", "Kernel"), Traits(t)));
        Assert.Contains("dotnet test course.sln --filter \"Category!=Kernel&Category!=Browser\"", Read("README.md"));
    }

    private static IEnumerable<(string, string)> Traits(Type type) =>
        type.GetCustomAttributesData().Where(a => a.AttributeType == typeof(TraitAttribute))
            .Select(a => ((string)a.ConstructorArguments[0].Value!, (string)a.ConstructorArguments[1].Value!));

    /// <summary>The code block that follows "Run the tests" in the README.</summary>
    [GeneratedRegex(@"Run the tests[^\n]*\n+```\n(?<command>[^\n]+)\n```")]
    private static partial Regex ReadmeTestCommand();
}
