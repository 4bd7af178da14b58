using MLCourse.Runner;
using MLCourse.Runner.Apps;

namespace MLCourse.Tests.Runner.Apps;

/// <summary>What <c>--run-file</c> says before it starts anything; running a program is the kernel tests' business.</summary>
public sealed class OwnProgramTests
{
    private static async Task<(int Code, string Output)> Run(string file)
    {
        var output = new StringWriter();
        var code = await OwnProgram.RunAsync(Repository.Folders, Repository.Lessons, file, TimeSpan.FromSeconds(5), output, TestContext.Current.CancellationToken);
        return (code, output.ToString().Trim());
    }

    [Fact]
    public async Task A_file_that_is_not_there_is_named_with_what_was_expected()
    {
        var (code, output) = await Run("notebooks/11-my-copy-that-is-not-here.cs");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("Expected a lesson program, a .cs file such as notebooks/11-neural-networks.cs; found no file ", output);
    }

    [Fact]
    public async Task A_file_whose_name_names_no_lesson_is_refused_with_how_to_name_it()
    {
        var file = Path.Combine(Repository.TestFolder("own-program"), "my-answers.cs");
        File.WriteAllText(file, "System.Console.WriteLine(1);\n");

        var (code, output) = await Run(file);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("Expected a file named after its lesson, NN-name.cs or NN-name.exercises.cs (e.g. 11-neural-networks.cs); found my-answers.cs", output);
    }
}
