using MLCourse.Runner.Apps;
using MLCourse.Runner.Lessons;

namespace MLCourse.Tests.Runner.Apps;

public sealed class CellDirectivesTests
{
    private static CellDirectives Read(string source) =>
        CellDirectives.Read("98-cells", new NotebookCell(3, true, source, "csharp", null), Repository.Folders.Notebooks);

    [Fact]
    public void Packages_are_read_with_or_without_a_version_and_kernel_extensions_are_known()
    {
        var directives = Read("#r \"nuget: Microsoft.ML, 5.0.1\"\n#r \"nuget:Plotly.NET.Interactive\"\n  #r \"nuget: Microsoft.DotNet.Interactive.Formatting, 1.0.0\"  ");

        Assert.Equal(
        [
            new PackageReference("Microsoft.ML", "5.0.1"),
            new PackageReference("Plotly.NET.Interactive", null),
            new PackageReference("Microsoft.DotNet.Interactive.Formatting", "1.0.0"),
        ], directives.Packages);
        Assert.Equal([false, true, true], directives.Packages.Select(p => p.IsKernelExtension));
        Assert.Empty(directives.Problems);
    }

    [Fact]
    public void The_helper_library_becomes_its_project_and_a_dll_without_a_project_is_a_problem()
    {
        var directives = Read("#r \"../src/MLCourse/bin/MLCourse.dll\"\n#r \"../src/Nowhere/bin/Nowhere.dll\"");

        Assert.Equal([Path.Combine(Repository.Folders.Root, "src", "MLCourse", "MLCourse.csproj")], directives.Projects);
        var problem = Assert.Single(directives.Problems);
        Assert.Equal((3, 2), (problem.Cell, problem.Line));
    }

    [Fact]
    public void Each_directive_s_line_is_blanked_so_that_the_code_s_lines_keep_their_numbers()
    {
        var directives = Read("// setup\n#r \"nuget: Microsoft.ML, 5.0.1\"\n#!time\nvar x = 1;");

        Assert.Equal($"// setup\n{CellDirectives.RemovedLine}\n{CellDirectives.RemovedLine}\nvar x = 1;", directives.Code);
        Assert.Equal("98-cells, cell 3, line 3 `#!time`: a magic command works only in the notebook kernel; a program has no equivalent. " +
                     "Do it in C# (e.g. a Stopwatch for #!time), or leave it out.", Assert.Single(directives.Problems).ToString());
    }
}
