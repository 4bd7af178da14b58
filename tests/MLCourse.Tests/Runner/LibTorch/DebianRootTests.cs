using MLCourse.Runner.LibTorch;

namespace MLCourse.Tests.Runner.LibTorch;

public sealed class DebianRootTests
{
    [Fact]
    public void Refuses_to_delete_a_root_while_anything_is_mounted_in_it()
    {
        var folder = Repository.TestFolder("debian-root-mounted");
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "host file");

        var error = Assert.Throws<InvalidOperationException>(() => DebianRoot.SafeDelete(folder, _ => [folder + "/root", folder + "/root/home"]));

        Assert.StartsWith($"Refusing to delete '{folder}': 2 mount(s) are active in it", error.Message);
        Assert.Contains($"umount -R '{folder}/root'", error.Message);
        Assert.True(File.Exists(Path.Combine(folder, "keep.txt")));
    }

    [Fact]
    public void Deletes_an_unmounted_root_and_only_the_links_inside_it_not_what_they_point_to()
    {
        var outside = Repository.TestFolder("debian-root-outside");
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "host file");
        var folder = Repository.TestFolder("debian-root-linked");
        Directory.CreateSymbolicLink(Path.Combine(folder, "home"), outside);

        DebianRoot.SafeDelete(folder, _ => []);
        DebianRoot.SafeDelete(folder, _ => throw new InvalidOperationException("a folder that is gone is not looked at"));

        Assert.False(Directory.Exists(folder));
        Assert.True(File.Exists(Path.Combine(outside, "keep.txt")));
    }

    [Fact]
    public void A_root_is_ready_only_with_a_marker_from_the_current_recipe()
    {
        var folder = Repository.TestFolder("debian-root-ready");

        Assert.False(new DebianRoot(folder).IsReady);
        File.WriteAllText(Path.Combine(folder, DebianRoot.ReadyMarker), "debootstrap --variant=minbase trixie\nfrom a mirror\n");
        Assert.False(new DebianRoot(folder).IsReady);   // made before libgomp1 was added: made again
        File.WriteAllText(Path.Combine(folder, DebianRoot.ReadyMarker), DebianRoot.Recipe + "\nfrom a mirror\n");
        Assert.True(new DebianRoot(folder).IsReady);
    }

    [Fact]
    public async Task Preparing_a_root_that_is_ready_does_nothing()
    {
        var folder = Repository.TestFolder("debian-root-prepared");
        File.WriteAllText(Path.Combine(folder, DebianRoot.ReadyMarker), DebianRoot.Recipe + "\n");
        var log = new StringWriter();

        await new DebianRoot(folder).PrepareAsync("http://mirror.invalid/debian", TimeSpan.FromSeconds(1), log, TestContext.Current.CancellationToken);

        Assert.Equal("", log.ToString());
        Assert.Equal([Path.Combine(folder, DebianRoot.ReadyMarker)], Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Programs_are_found_on_the_path_or_in_the_system_folders()
    {
        Assert.NotNull(DebianRoot.FindOnPath("sh"));
        Assert.True(File.Exists(DebianRoot.FindOnPath("sh")));
        Assert.Null(DebianRoot.FindOnPath("mlcourse-no-such-program"));
    }
}
