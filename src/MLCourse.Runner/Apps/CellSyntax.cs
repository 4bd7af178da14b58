using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using MLCourse.Runner.Lessons;

namespace MLCourse.Runner.Apps;

/// <summary>
/// One code cell read the way the kernel reads it (C# script), and what a program needs from it: its <c>using</c>
/// directives (they go to the top of the file), its types (they go to the end), and its statements, with the cell's
/// last expression, which the notebook displays, made an explicit <c>display(…)</c> call. It also finds what a program
/// cannot do the same way: a top-level <c>return</c> (it would end the program, not the cell) and script members that
/// are not statements (properties, fields with modifiers, methods with access modifiers).
/// </summary>
public sealed record CellSyntax(
    IReadOnlyList<string> Usings, IReadOnlyList<MovedType> Types, string Statements, DeclaredNames Names, IReadOnlyList<ExportProblem> Problems)
{
    /// <summary>The name of the display call the exporter writes; the app declares it (see <see cref="AppExporter"/>).</summary>
    public const string DisplayFunction = "display";

    /// <summary>Reads <paramref name="code"/>, the code of <paramref name="cell"/> with its kernel directives blanked (<see cref="CellDirectives.Code"/>).</summary>
    public static CellSyntax Read(string lesson, NotebookCell cell, string code)
    {
        var tree = CSharpScript.Parse(code);
        var root = (CompilationUnitSyntax)tree.GetRoot();
        var problems = new List<ExportProblem>();
        var lines = code.Split('\n');
        void Problem(SyntaxNode node, string message)
        {
            var line = node.GetLocation().GetLineSpan().StartLinePosition.Line;
            problems.Add(new ExportProblem(lesson, cell.Number, line + 1, lines[line], message));
        }

        if (tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)   // the first: the others often follow from it
        {
            var line = error.Location.GetLineSpan().StartLinePosition.Line;
            problems.Add(new ExportProblem(lesson, cell.Number, line + 1, lines[line],
                $"the cell does not parse as C# ({error.Id}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}); the notebook would fail here too."));
        }

        var edits = new List<(TextSpan Span, string Text)>();
        var usings = new List<string>();
        foreach (var directive in root.Usings.Cast<SyntaxNode>().Concat(root.Externs))
        {
            usings.Add(directive.WithoutLeadingTrivia().ToFullString().Trim());   // as written, with a comment at its end
            edits.Add((TextSpan.FromBounds(directive.SpanStart, directive.FullSpan.End), ""));   // a comment above it stays in the cell
        }

        var types = new List<MovedType>();
        foreach (var member in root.Members)
        {
            switch (member)
            {
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    types.Add(new MovedType(TypeName(member), Tidy(member.ToFullString())));
                    edits.Add((member.FullSpan, ""));
                    break;
                case GlobalStatementSyntax global:
                    foreach (var ret in TopLevel(global).OfType<ReturnStatementSyntax>())
                        Problem(ret, "a top-level 'return' ends the cell in a notebook, but in a program it would end the whole lesson. " +
                                     "Write the cell with if/else instead: show what is missing in the 'if' branch (display(…)), do the work in the 'else' branch.");
                    break;
                case MethodDeclarationSyntax method when method.Modifiers.Any(m => !m.IsKind(SyntaxKind.StaticKeyword) && !m.IsKind(SyntaxKind.AsyncKeyword) && !m.IsKind(SyntaxKind.UnsafeKeyword)):
                    Problem(method, $"a method with the modifier '{method.Modifiers.First(m => !m.IsKind(SyntaxKind.StaticKeyword) && !m.IsKind(SyntaxKind.AsyncKeyword))}' " +
                                    "becomes a local function in a program, which cannot have it. Leave the modifier out.");
                    break;
                case MethodDeclarationSyntax:
                    break; // a script method is a local function of the program, written the same way
                case FieldDeclarationSyntax field when field.Modifiers.Any(m => !m.IsKind(SyntaxKind.ConstKeyword)):
                    Problem(field, $"a variable declared '{field.Modifiers.First(m => !m.IsKind(SyntaxKind.ConstKeyword))}' becomes a local variable in a program, " +
                                   "which cannot be. Declare it without the modifier.");
                    break;
                case FieldDeclarationSyntax:
                    break; // a script variable is a local variable of the program
                case IncompleteMemberSyntax:
                    break; // reported with the parse errors
                default:
                    Problem(member, $"a script {Describe(member)} at the top level of a cell has no equivalent among a program's statements. " +
                                    "Use a local variable or a local function, or declare it inside a class.");
                    break;
            }
        }

        // The value the notebook displays: the cell's last expression, written without a semicolon.
        if (root.Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last })
        {
            if (last.Expression is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: DisplayFunction } })
                edits.Add((new TextSpan(last.Expression.Span.End, 0), ";"));   // display(…) itself shows the value once
            else
            {
                edits.Add((new TextSpan(last.Expression.SpanStart, 0), DisplayFunction + "("));
                edits.Add((new TextSpan(last.Expression.Span.End, 0), ");"));
            }
        }

        var statements = new StringBuilder(code);
        foreach (var (span, text) in edits.OrderByDescending(e => e.Span.Start).ThenByDescending(e => e.Span.Length))
            statements.Remove(span.Start, span.Length).Insert(span.Start, text);
        return new CellSyntax(usings, types, Tidy(statements.ToString()), DeclaredNames.Of(root), problems);
    }

    /// <summary>The statements of <paramref name="global"/> that run as the cell's own (not inside a lambda or a local function).</summary>
    private static IEnumerable<SyntaxNode> TopLevel(GlobalStatementSyntax global) =>
        global.DescendantNodesAndSelf(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax));

    private static string TypeName(MemberDeclarationSyntax type) => type switch
    {
        BaseTypeDeclarationSyntax t => t.Identifier.Text,
        DelegateDeclarationSyntax d => d.Identifier.Text,
        _ => "",
    };

    private static string Describe(MemberDeclarationSyntax member) => member switch
    {
        PropertyDeclarationSyntax => "property",
        EventFieldDeclarationSyntax or EventDeclarationSyntax => "event",
        IndexerDeclarationSyntax => "indexer",
        BaseNamespaceDeclarationSyntax => "namespace",
        _ => member.Kind().ToString(),
    };

    /// <summary>
    /// Without the directives' lines, blank lines at the start and end, and more than one blank line in a row (where
    /// directives, usings and types were).
    /// </summary>
    internal static string Tidy(string code)
    {
        var lines = code.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Trim() != CellDirectives.RemovedLine).ToList();
        var kept = new List<string>();
        foreach (var line in lines)
            if (line.Length > 0 || (kept.Count > 0 && kept[^1].Length > 0))
                kept.Add(line);
        while (kept.Count > 0 && kept[^1].Length == 0) kept.RemoveAt(kept.Count - 1);
        return string.Join('\n', kept);
    }
}
