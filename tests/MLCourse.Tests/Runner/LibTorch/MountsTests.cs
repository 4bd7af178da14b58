using MLCourse.Runner.LibTorch;

namespace MLCourse.Tests.Runner.LibTorch;

public sealed class MountsTests
{
    private const string MountInfo = """
        21 26 0:20 / /proc rw,relatime - proc proc rw
        90 26 8:1 /root /var/cache/root/root rw - ext4 /dev/sda1 rw
        91 26 8:1 /x /var/cache/root/my\040home rw - ext4 /dev/sda1 rw
        92 26 8:1 /x /var/cache/rootless rw - ext4 /dev/sda1 rw
        93 26 8:1 /x /var/cache/root/root rw - ext4 /dev/sda1 rw
        """;

    [Fact]
    public void Finds_each_mount_at_or_below_a_folder_once_and_decodes_escaped_spaces()
    {
        Assert.Equal(["/var/cache/root/root", "/var/cache/root/my home"], Mounts.Under("/var/cache/root", MountInfo));
        Assert.Equal(["/var/cache/root/root"], Mounts.Under("/var/cache/root/root/", MountInfo));
        Assert.Empty(Mounts.Under("/srv", MountInfo));
    }

    [Fact]
    public void This_process_s_own_mounts_include_the_root_of_the_file_system()
    {
        Assert.Contains("/", Mounts.Under("/"));
    }
}
