using MLCourse.Runner.LibTorch;
using MLCourse.Runner.Lessons;

namespace MLCourse.Tests.Runner.LibTorch;

public sealed class LibTorchRouteTests
{
    [Fact]
    public async Task A_lesson_that_does_not_use_TorchSharp_runs_natively_without_probing_anything()
    {
        var lesson = Lesson.Read("/course/notebooks/91-plain.ipynb", NotebookJson.Of(
            NotebookJson.Markdown("#r \"nuget: TorchSharp-cpu, 0.107.0\" is only mentioned here"), NotebookJson.Code("1 + 1")), "/course/notebooks");

        var route = await new LibTorchRoute(Repository.Folders, NativeLibTorch.Settings).ForAsync(lesson, TestContext.Current.CancellationToken);

        Assert.Same(LessonRoute.Native, route);
    }

    [Fact]
    public void The_message_for_a_machine_that_cannot_run_the_lesson_says_what_to_install_or_run()
    {
        var message = LibTorchRoute.Unsupported(new LibTorchSupport(false, "libLibTorchSharp.so does not load: version `GLIBCXX_3.4.32' not found."),
            new DebianRoot("/var/cache/mlcourse/debian13-root"), ["root rights (run the runner or the tests with sudo)", "debootstrap (sudo apt-get install debootstrap)"]);

        Assert.StartsWith("it uses TorchSharp, whose native engine libtorch does not load on this machine: libLibTorchSharp.so does not load: version `GLIBCXX_3.4.32' not found.", message);
        Assert.Contains("Ubuntu 24.04 or later (GitHub Codespaces)", message);
        Assert.Contains("/var/cache/mlcourse/debian13-root, which needs: root rights (run the runner or the tests with sudo); debootstrap (sudo apt-get install debootstrap)", message);
        Assert.EndsWith("'sudo apt-get install debootstrap' then 'sudo dotnet run --project src/MLCourse.Runner -- 11'.", message);
    }
}
