using MLCourse.Runner.LibTorch;
using MLCourse.Runner.Processes;

namespace MLCourse.Tests.Runner.LibTorch;

public sealed class RootLaunchTests
{
    private static readonly RootLaunch Launch = new("/var/cache/r", "/usr/share/dotnet", ["/usr/share/dotnet", "/home/me", "/home/me/it's here"]);

    private static readonly Dictionary<string, string> Environment = new() { ["MLCOURSE_RESULTS"] = "/home/me/course/artifacts/notebooks/11-x.results.txt" };

    private static readonly ProcessStart Repl = ProcessStart.Dotnet("/home/me/course/notebooks",
        ["/home/me/.nuget/packages/dotnet-repl/0.3.259/tools/net10.0/any/dotnet-repl.dll", "--run", "/home/me/course/artifacts/run/11-x.ipynb"], Environment);

    [Fact]
    public void Runs_the_program_in_a_private_mount_namespace_through_a_shell_script()
    {
        var start = Launch.Wrap(Repl);

        Assert.Equal("unshare", start.Program);
        Assert.Equal(["--mount", "--propagation", "private", "--", "/bin/sh", "-c"], start.Arguments.Take(6));
    }

    [Fact]
    public void The_script_mounts_proc_dev_each_bind_and_the_name_service_files_then_chroots()
    {
        var script = Launch.Wrap(Repl).Arguments[6].Split('\n');

        Assert.Equal(["set -e", "root='/var/cache/r'", "mount -t proc proc \"$root/proc\"", "mount --rbind /dev \"$root/dev\""], script.Take(4));
        Assert.Equal(
        [
            "mkdir -p \"$root\"'/usr/share/dotnet' && mount --bind '/usr/share/dotnet' \"$root\"'/usr/share/dotnet'",
            "mkdir -p \"$root\"'/home/me' && mount --bind '/home/me' \"$root\"'/home/me'",
            "mkdir -p \"$root\"'/home/me/it'\\''s here' && mount --bind '/home/me/it'\\''s here' \"$root\"'/home/me/it'\\''s here'",
        ], script.Skip(4).Take(3));
        Assert.Contains("if [ -e /etc/resolv.conf ]; then touch \"$root/etc/resolv.conf\" && mount --bind /etc/resolv.conf \"$root/etc/resolv.conf\"; fi", script);
        Assert.Contains("if [ -e /etc/hosts ]; then touch \"$root/etc/hosts\" && mount --bind /etc/hosts \"$root/etc/hosts\"; fi", script);
        Assert.Equal("export DOTNET_ROOT='/usr/share/dotnet' PATH='/usr/share/dotnet':/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin", script[^2]);
        Assert.Equal("exec chroot \"$root\" /bin/sh -c 'cd \"$0\" && exec \"$@\"' \"$@\"", script[^1]);
    }

    [Fact]
    public void Inside_the_root_it_starts_the_hosts_dotnet_from_the_same_folder_with_the_same_arguments()
    {
        var start = Launch.Wrap(Repl);

        Assert.Equal(["sh", "/home/me/course/notebooks", "/usr/share/dotnet/dotnet", .. Repl.Arguments], start.Arguments.Skip(7));
        Assert.Equal(Repl.WorkingDirectory, start.WorkingDirectory);
        Assert.Same(Environment, start.Environment);
    }

    [Fact]
    public async Task The_script_is_valid_shell()
    {
        var check = await ChildProcess.RunAsync(new ProcessStart("sh", ["-n", "-c", Launch.Wrap(Repl).Arguments[6]], Path.GetTempPath()),
            TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.True(check.Succeeded, check.Output);
    }

    [Theory]
    [InlineData("/a b/it's", "'/a b/it'\\''s'")]
    [InlineData("$HOME `x` \"q\"", "'$HOME `x` \"q\"'")]
    public void Quotes_any_path_for_the_shell(string path, string quoted)
    {
        Assert.Equal(quoted, RootLaunch.Quote(path));
    }

    [Fact]
    public void For_a_root_it_binds_the_dotnet_folder_and_the_course_and_only_folders_that_exist()
    {
        var root = new DebianRoot(Path.Combine(Repository.TestFolder("root-launch"), "root"));

        var launch = RootLaunch.For(root, Repository.Folders);

        Assert.Equal(root.Folder, launch.Root);
        Assert.True(File.Exists(Path.Combine(launch.DotnetFolder, "dotnet")), $"no dotnet in {launch.DotnetFolder}");
        Assert.Contains(launch.DotnetFolder, launch.Binds);
        Assert.Contains(Repository.Folders.Root, launch.Binds);
        Assert.All(launch.Binds, b => Assert.True(Directory.Exists(b) && b != "/", $"bind {b}"));
        Assert.Equal(launch.Binds.Distinct(), launch.Binds);
    }
}
