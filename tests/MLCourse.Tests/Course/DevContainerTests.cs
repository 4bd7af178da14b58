using System.Text.Json;

namespace MLCourse.Tests.Course;

/// <summary>
/// The dev container (GitHub Codespaces) opens on the recommended route: lesson 00 as a file-based app, its packages already
/// downloaded by the post-create step, and one command in the terminal to start.
/// </summary>
public sealed class DevContainerTests
{
    private static readonly JsonElement Container = JsonDocument.Parse(
        File.ReadAllText(Path.Combine(Repository.Folders.Root, ".devcontainer", "devcontainer.json")),
        new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }).RootElement;

    private const string Start = "dotnet run --file notebooks/00-welcome.cs";

    [Fact]
    public void The_codespace_opens_lesson_00_s_app_runs_it_once_and_says_the_command_to_start()
    {
        Assert.Equal(["notebooks/00-welcome.cs"], Container.GetProperty("customizations").GetProperty("codespaces").GetProperty("openFiles").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains(Start, Container.GetProperty("postCreateCommand").GetString());
        Assert.Contains(Start, Container.GetProperty("postAttachCommand").GetString());
        Assert.True(File.Exists(Path.Combine(Repository.Folders.Root, "notebooks", "00-welcome.cs")));
    }
}
