using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MLCourse.Tests.Course;

/// <summary>
/// The C# a learner copies from the README (each statement it shows in backticks, such as <c>display(Lesson04.BaselineMacroF1.Hint());</c>)
/// compiles against the helper library, as a lesson's cell or program would compile it: a README example cannot rot.
/// </summary>
public sealed partial class ReadmeCodeTests
{
    [Fact]
    public void Every_C_sharp_statement_the_README_shows_compiles_against_the_helper_library()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Folders.Root, "README.md"));
        var statements = Statement().Matches(readme).Select(m => m.Groups["code"].Value).Distinct().ToList();
        Assert.True(statements.Count >= 3, $"Expected the README's examples (a hint, the progress table, offline charts); found {statements.Count}.");

        // As in a lesson: the kernel's namespaces and the lesson's usings, and the display function every lesson program declares.
        var source = "using System;\nusing System.Linq;\nusing MLCourse.Exercises;\n" + string.Join("\n", statements) +
                     "\nstatic void display(object? value) => MLCourse.ConsoleDisplay.Show(value);\n";
        var compilation = CSharpCompilation.Create("readme-examples",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), cancellationToken: TestContext.Current.CancellationToken)],
            References(), new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Annotations));

        var errors = compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, $"README examples that do not compile:\n{string.Join("\n", errors)}\n(compiled:\n{source})");
    }

    /// <summary>.NET itself and every managed library beside the tests (the helper library and what it uses).</summary>
    private static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            .Where(IsManaged).DistinctBy(Path.GetFileName).Select(path => MetadataReference.CreateFromFile(path));

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    /// <summary>An inline code span that is one C# statement: it ends with a semicolon.</summary>
    [GeneratedRegex(@"`(?<code>[^`\n]+;)`")]
    private static partial Regex Statement();
}
