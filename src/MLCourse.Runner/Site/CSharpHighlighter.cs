using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MLCourse.Runner.Lessons;

namespace MLCourse.Runner.Site;

/// <summary>
/// Highlights a code cell as C#, from the compiler's own tokens (so raw, verbatim and interpolated strings, and the
/// notebook's <c>#r</c> lines, come out right). Writes HTML spans with the classes <c>kw</c> (keyword), <c>str</c>
/// (string or character), <c>num</c>, <c>com</c> (comment) and <c>dir</c> (directive); everything else is escaped text.
/// </summary>
public static class CSharpHighlighter
{
    /// <summary>The code as HTML, every character kept, ready to go inside a <c>&lt;pre&gt;&lt;code&gt;</c>.</summary>
    public static string ToHtml(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var root = CSharpScript.Parse(code).GetRoot();
        var html = new StringBuilder(code.Length * 2);
        foreach (var token in root.DescendantTokens()) Write(html, token);
        return html.ToString();
    }

    private static void Write(StringBuilder html, SyntaxToken token)
    {
        foreach (var trivia in token.LeadingTrivia) Write(html, trivia);
        Write(html, token.ToString(), Class(token));
        foreach (var trivia in token.TrailingTrivia) Write(html, trivia);
    }

    /// <summary>A directive (<c>#r "nuget: …"</c>) is trivia with structure: its own tokens, written in place.</summary>
    private static void Write(StringBuilder html, SyntaxTrivia trivia)
    {
        if (trivia.GetStructure() is { } directive)
        {
            foreach (var token in directive.DescendantTokens()) Write(html, token);
            return;
        }
        Write(html, trivia.ToFullString(), trivia.Kind() switch
        {
            SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia or
            SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia => "com",
            SyntaxKind.PreprocessingMessageTrivia or SyntaxKind.DisabledTextTrivia => "dir",
            _ => null,
        });
    }

    private static string? Class(SyntaxToken token)
    {
        if (token.Parent is DirectiveTriviaSyntax) return token.IsKind(SyntaxKind.StringLiteralToken) ? "str" : "dir";
        var kind = token.Kind();
        if (SyntaxFacts.IsKeywordKind(kind) || IsContextualKeyword(token)) return "kw";
        return kind switch
        {
            SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken or SyntaxKind.InterpolatedStringStartToken or
            SyntaxKind.InterpolatedStringEndToken or SyntaxKind.InterpolatedStringTextToken or
            SyntaxKind.InterpolatedVerbatimStringStartToken or SyntaxKind.InterpolatedRawStringEndToken or
            SyntaxKind.InterpolatedSingleLineRawStringStartToken or SyntaxKind.InterpolatedMultiLineRawStringStartToken or
            SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken or
            SyntaxKind.Utf8StringLiteralToken => "str",
            SyntaxKind.NumericLiteralToken => "num",
            _ => null,
        };
    }

    /// <summary><c>var</c>, <c>dynamic</c> and <c>nameof</c> stay identifiers to the lexer; a reader sees keywords.</summary>
    private static bool IsContextualKeyword(SyntaxToken token) =>
        token.IsKind(SyntaxKind.IdentifierToken) && token.Parent is IdentifierNameSyntax name &&
        ((token.ValueText is "var" or "dynamic" && SyntaxFacts.IsInTypeOnlyContext(name)) ||
         (token.ValueText == "nameof" && name.Parent is InvocationExpressionSyntax));

    private static void Write(StringBuilder html, string text, string? cssClass)
    {
        if (text.Length == 0) return;
        if (cssClass is null) { html.Append(Html.Encode(text)); return; }
        html.Append("<span class=\"").Append(cssClass).Append("\">").Append(Html.Encode(text)).Append("</span>");
    }
}
