using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MLCourse.Runner.Lessons;

/// <summary>C# as the notebook kernel reads a cell: a script, in the newest language version. One parse for every reader of cells.</summary>
public static class CSharpScript
{
    public static readonly CSharpParseOptions Options =
        CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest).WithKind(SourceCodeKind.Script);

    /// <summary>The syntax tree of <paramref name="code"/>, read as a cell.</summary>
    public static SyntaxTree Parse(string code) => CSharpSyntaxTree.ParseText(code, Options);
}
