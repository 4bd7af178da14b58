using System.Text.Json.Nodes;
using MLCourse.Runner;

namespace MLCourse.Tests;

public sealed class MountsTests
{
    private const string MountInfo = """
        21 26 0:20 / /proc rw,relatime - proc proc rw
        90 26 8:1 /root /var/cache/root/root rw - ext4 /dev/sda1 rw
        91 26 8:1 /x /var/cache/root/my\040home rw - ext4 /dev/sda1 rw
        92 26 8:1 /x /var/cache/rootless rw - ext4 /dev/sda1 rw
        """;

    [Fact]
    public void Finds_mounts_at_or_below_a_folder_and_decodes_escaped_spaces()
    {
        Assert.Equal(["/var/cache/root/root", "/var/cache/root/my home"], Mounts.Under("/var/cache/root", MountInfo));
        Assert.Equal(["/var/cache/root/root"], Mounts.Under("/var/cache/root/root/", MountInfo));
        Assert.Empty(Mounts.Under("/srv", MountInfo));
    }
}

public sealed class DebianRootTests
{
    [Fact]
    public void Refuses_to_delete_a_root_while_anything_is_mounted_in_it()
    {
        var folder = Directory.CreateTempSubdirectory("mlcourse-root").FullName;
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "host file");

        var error = Assert.Throws<InvalidOperationException>(() => DebianRoot.SafeDelete(folder, _ => [folder + "/root"]));

        Assert.Contains("Refusing to delete", error.Message);
        Assert.Contains($"umount -R '{folder}/root'", error.Message);
        Assert.True(File.Exists(Path.Combine(folder, "keep.txt")));
    }

    [Fact]
    public void Deletes_an_unmounted_root_and_only_the_links_inside_it_not_what_they_point_to()
    {
        var outside = Directory.CreateTempSubdirectory("mlcourse-outside").FullName;
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "host file");
        var folder = Directory.CreateTempSubdirectory("mlcourse-root").FullName;
        Directory.CreateSymbolicLink(Path.Combine(folder, "home"), outside);

        DebianRoot.SafeDelete(folder, _ => []);

        Assert.False(Directory.Exists(folder));
        Assert.True(File.Exists(Path.Combine(outside, "keep.txt")));
    }

    [Fact]
    public void A_root_is_ready_only_with_a_marker_from_the_current_recipe()
    {
        var folder = Directory.CreateTempSubdirectory("mlcourse-root").FullName;

        Assert.False(new DebianRoot(folder).IsReady);
        File.WriteAllText(Path.Combine(folder, DebianRoot.ReadyMarker), "debootstrap --variant=minbase trixie\nfrom a mirror\n");
        Assert.False(new DebianRoot(folder).IsReady);   // made before libgomp1 was added: made again
        File.WriteAllText(Path.Combine(folder, DebianRoot.ReadyMarker), DebianRoot.Recipe + "\nfrom a mirror\n");
        Assert.True(new DebianRoot(folder).IsReady);
    }
}

public sealed class RootLaunchTests
{
    private static readonly RootLaunch Launch = new("/var/cache/r", "/usr/share/dotnet", "/home/me/.nuget/packages/dotnet-repl/0.3.259/tools/net10.0/any/dotnet-repl.dll",
        ["/usr/share/dotnet", "/home/me", "/home/me/it's here"]);

    [Fact]
    public void Runs_dotnet_repl_in_a_private_mount_namespace_with_the_binds_then_chroot()
    {
        var (program, arguments) = Launch.Wrap("/home/me/course/notebooks", ["--run", "/home/me/course/notebooks/11-x.ipynb"]);
        var script = arguments[6];

        Assert.Equal("unshare", program);
        Assert.Equal(["--mount", "--propagation", "private", "--", "/bin/sh", "-c"], arguments.Take(6));
        Assert.Contains("mount --bind '/home/me' \"$root\"'/home/me'", script);
        Assert.Contains("mount --bind '/home/me/it'\\''s here'", script);
        Assert.Contains("mount -t proc proc \"$root/proc\"", script);
        Assert.Contains("exec chroot \"$root\"", script);
        Assert.Equal(["sh", "/home/me/course/notebooks", "/usr/share/dotnet/dotnet", Launch.ReplDll, "--run", "/home/me/course/notebooks/11-x.ipynb"], arguments.Skip(7));
    }

    [Fact]
    public void Quotes_any_path_for_the_shell()
    {
        Assert.Equal("'/a b/it'\\''s'", RootLaunch.Quote("/a b/it's"));
    }
}

public sealed class LibTorchRouteTests
{
    private static string Notebook(string code, string markdown = "")
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mlcourse-route").FullName, "11-x.ipynb");
        File.WriteAllText(path, new JsonObject
        {
            ["cells"] = new JsonArray(
                new JsonObject { ["cell_type"] = "markdown", ["source"] = markdown },
                new JsonObject { ["cell_type"] = "code", ["source"] = code }),
        }.ToJsonString());
        return path;
    }

    [Fact]
    public void A_lesson_needs_libtorch_when_a_code_cell_references_TorchSharp()
    {
        Assert.True(LibTorchRoute.Needs(Notebook("#r \"nuget: TorchSharp-cpu, 0.107.0\"")));
        Assert.False(LibTorchRoute.Needs(Notebook("#r \"nuget: Microsoft.ML, 5.0.1\"", markdown: "#r \"nuget: TorchSharp-cpu, 0.107.0\" in prose")));
    }

    [Fact]
    public async Task A_lesson_that_needs_nothing_special_runs_as_usual()
    {
        var launch = await LibTorchRoute.ForAsync(Notebook("1 + 1"), Repository.Folders, TestContext.Current.CancellationToken);

        Assert.Same(ReplLaunch.Native, launch);
    }

    [Fact]
    public void The_message_for_a_machine_that_cannot_run_the_lesson_says_what_to_install_or_run()
    {
        var message = LibTorchRoute.Unsupported(new LibTorchSupport(false, "libLibTorchSharp.so does not load: version `GLIBCXX_3.4.32' not found."),
            new DebianRoot("/var/cache/mlcourse/debian13-root"), ["root rights (run the runner or the tests with sudo)", "debootstrap (sudo apt-get install debootstrap)"]);

        Assert.Contains("GLIBCXX_3.4.32", message);
        Assert.Contains("Ubuntu 24.04 or later (GitHub Codespaces)", message);
        Assert.Contains("/var/cache/mlcourse/debian13-root, which needs: root rights (run the runner or the tests with sudo); debootstrap (sudo apt-get install debootstrap)", message);
        Assert.Contains("sudo dotnet run --project src/MLCourse.Runner -- 11", message);
    }

    [Fact]
    public void A_library_that_does_not_load_is_reported_with_the_loader_message()
    {
        var support = LibTorchProbe.TryLoad("/nonexistent/libtorch.so");

        Assert.False(support.LoadsNatively);
        Assert.StartsWith("libtorch.so does not load: ", support.Detail);
    }
}
