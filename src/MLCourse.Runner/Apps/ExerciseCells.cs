using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MLCourse.Exercises;
using MLCourse.Runner.Lessons;

namespace MLCourse.Runner.Apps;

/// <summary>
/// The cells of a lesson's exercises app (<c>notebooks/NN-name.exercises.cs</c>), found from the code, not from tags: each
/// exercise's statement (the Markdown right before its answer cell), its answer cell and its check (the code cell after it),
/// the cells that show the learner's progress, and every earlier cell they need: the cells with the lesson's packages and
/// set-up (kernel directives), and, until nothing more is needed, each code cell that declares a name a chosen cell uses, or
/// assigns to one (<c>x = …</c>, <c>x += …</c>, <c>x++</c>), so that a variable a later cell changes holds what it holds in
/// the lesson. What an answer may use counts as used: the names in each exercise's solution and hints (a hint that says
/// "the most common species in trainFrame" needs <c>trainFrame</c> to be there). Whether that is enough is proved by running
/// the exercises app with the solutions (every check must pass).
/// </summary>
public static partial class ExerciseCells
{
    /// <summary>The numbers of the cells the exercises app of <paramref name="lesson"/> keeps, in lesson order; empty for a lesson without exercises.</summary>
    public static IReadOnlyList<int> Of(Lesson lesson)
    {
        var cells = LessonSource.From(lesson).Cells;
        if (!cells.Any(c => c.Cell.Exercise is not null)) return [];

        var kept = new SortedSet<int>();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i].Cell;
            if (cell.IsCode && cells[i].Directives!.Packages.Count + cells[i].Directives!.Projects.Count > 0) kept.Add(i);
            var progress = cell.IsCode && cell.Source.Contains("Progress.Show", StringComparison.Ordinal);
            if (cell.Exercise is null && !progress) continue;
            kept.Add(i);
            for (var before = i - 1; before >= 0 && !cells[before].Cell.IsCode; before--) kept.Add(before);   // the exercise's statement, or what the progress table is
            if (progress) continue;
            if (Enumerable.Range(i + 1, cells.Count - i - 1).FirstOrDefault(n => cells[n].Cell.IsCode, -1) is var check and >= 0) kept.Add(check);
        }

        var last = kept.Max;
        var needed = lesson.AnswerCells.Select(c => ExerciseCatalog.All.FirstOrDefault(e => e.Id == c.Exercise))
            .OfType<IExercise>()
            .SelectMany(e => Names(CSharpScript.Parse(e.SolutionCode).GetRoot()).Concat(e.Hints.SelectMany(h => Word().Matches(h).Select(m => m.Value))))
            .ToHashSet(StringComparer.Ordinal);
        // Each cell parsed once: the names it mentions, and the names it declares or assigns to.
        var mentions = cells.Select(c => c.Cell.IsCode ? UsedNames(c).ToList() : []).ToArray();
        var provides = cells.Select(c => c.Cell.IsCode ? Provided(c).ToHashSet(StringComparer.Ordinal) : []).ToArray();
        var added = kept.ToList();
        while (added.Count > 0)
        {
            foreach (var i in added) needed.UnionWith(mentions[i]);
            added = Enumerable.Range(0, last).Where(i => !kept.Contains(i) && provides[i].Overlaps(needed)).ToList();
            kept.UnionWith(added);
        }
        return kept.Select(i => cells[i].Cell.Number).ToList();
    }

    /// <summary>The names <paramref name="cell"/> declares (variables, functions, types) or assigns to.</summary>
    private static IEnumerable<string> Provided(SourceCell cell) =>
        cell.Syntax!.Names.TopLevel.Concat(cell.Syntax.Names.Types).Select(n => n.Name).Concat(AssignedNames(cell));

    private static SyntaxNode Root(SourceCell cell) => CSharpScript.Parse(cell.Directives!.Code).GetRoot();

    /// <summary>Every identifier the cell's code mentions (a superset of the names it uses: harmless, it can only keep more cells).</summary>
    private static IEnumerable<string> UsedNames(SourceCell cell) => Names(Root(cell));

    private static IEnumerable<string> Names(SyntaxNode code) =>
        code.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.Text);

    /// <summary>
    /// A word of a hint that names code, not an English word: in backticks, or with a capital inside it (<c>trainFrame</c>,
    /// <c>TrainAndTest</c>), or called (<c>Prepare()</c>). (Plain words such as "model" or "predicted" would keep every cell
    /// that happens to declare them.)
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=`[^`]*)\b[A-Za-z_]\w*(?=[^`]*`)|\b[A-Za-z_][a-z0-9_]*[A-Z]\w*|\b[A-Za-z_]\w*(?=\()")]
    private static partial System.Text.RegularExpressions.Regex Word();

    /// <summary>
    /// The top-level variables the cell changes by assignment or increment, named as the target's first identifier (<c>model</c>
    /// in <c>model.Seed = 1</c>): not inside a function or lambda (those change their own variables, when called), and not a
    /// variable of one of the cell's own loops or blocks.
    /// </summary>
    private static IEnumerable<string> AssignedNames(SourceCell cell)
    {
        var own = cell.Syntax!.Names.Nested.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        return Root(cell).DescendantNodes(n => n is not (LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or BaseMethodDeclarationSyntax))
            .Select(n => n switch
        {
            AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } => null,   // a property set in `new T { … }` or `with { … }`
            AssignmentExpressionSyntax a => a.Left,
            PostfixUnaryExpressionSyntax p when p.IsKind(SyntaxKind.PostIncrementExpression) || p.IsKind(SyntaxKind.PostDecrementExpression) => p.Operand,
            PrefixUnaryExpressionSyntax p when p.IsKind(SyntaxKind.PreIncrementExpression) || p.IsKind(SyntaxKind.PreDecrementExpression) => p.Operand,
            _ => null,
        }).OfType<ExpressionSyntax>().Select(FirstName).OfType<string>().Where(name => !own.Contains(name));
    }

    private static string? FirstName(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax name => name.Identifier.Text,
        MemberAccessExpressionSyntax member => FirstName(member.Expression),
        ElementAccessExpressionSyntax element => FirstName(element.Expression),
        _ => null,
    };
}
