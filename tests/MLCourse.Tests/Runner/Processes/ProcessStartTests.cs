using MLCourse.Runner.Processes;

namespace MLCourse.Tests.Runner.Processes;

public sealed class ProcessStartTests
{
    [Fact]
    public void A_dotnet_start_runs_dotnet_with_its_arguments_folder_and_environment()
    {
        var environment = new Dictionary<string, string> { ["MLCOURSE_RESULTS"] = "/tmp/r.txt" };

        var start = ProcessStart.Dotnet("/course", ["build", "app.cs"], environment);

        Assert.Equal(("dotnet", "/course"), (start.Program, start.WorkingDirectory));
        Assert.Equal(["build", "app.cs"], start.Arguments);
        Assert.Same(environment, start.Environment);
    }

    [Theory]
    [InlineData("dotnet", new[] { "build", "app.cs" }, "dotnet build")]
    [InlineData("/usr/bin/unshare", new[] { "--mount", "--", "sh" }, "unshare --mount")]
    [InlineData("/usr/sbin/debootstrap", new string[0], "debootstrap")]
    public void A_message_names_the_program_and_its_first_argument(string program, string[] arguments, string described)
    {
        Assert.Equal(described, new ProcessStart(program, arguments, "/").Describe());
    }
}
