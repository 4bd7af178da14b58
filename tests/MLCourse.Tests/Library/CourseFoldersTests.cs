namespace MLCourse.Tests.Library;

public sealed class CourseFoldersTests
{
    [Fact]
    public void Finds_the_course_root_from_a_nested_folder()
    {
        var folders = CourseFolders.TryFind(Path.Combine(Repository.Folders.Root, "notebooks"));

        Assert.NotNull(folders);
        Assert.True(File.Exists(Path.Combine(folders.Root, "course.sln")));
        Assert.Equal(Path.Combine(folders.Root, "data"), folders.Data);
        Assert.Equal(Path.Combine(folders.Root, "notebooks"), folders.Notebooks);
    }

    [Fact]
    public void Outside_the_course_says_what_was_expected_and_what_to_do()
    {
        var outside = Directory.CreateTempSubdirectory("mlcourse-outside").FullName;

        Assert.Null(CourseFolders.TryFind(outside));
        var error = Assert.Throws<DirectoryNotFoundException>(() => CourseFolders.Find(outside));
        Assert.Contains("course.sln", error.Message);
        Assert.Contains(outside, error.Message);
        Assert.Contains("notebooks/", error.Message);
    }
}
