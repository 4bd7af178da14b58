using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MLCourse.Runner.Lessons;

/// <summary>
/// The names one cell declares, sorted by how far they reach once the cells are one program:
/// <list type="bullet">
/// <item><see cref="TopLevel"/>: variables and functions of the cell itself (also <c>out var</c> and pattern variables of
/// its statements and of an <c>if</c>'s condition, which C# lets out into the enclosing scope). In a notebook each cell
/// may declare them again; in a program they share one scope, the whole file, so each may be declared once.</item>
/// <item><see cref="Nested"/>: variables of a loop, a block, a <c>using</c>, a <c>catch</c>, a query. In a program these
/// may not have the name of any top-level variable, even one declared in a later cell (CS0136, CS1931).</item>
/// <item><see cref="Types"/>: classes, records, structs, enums, interfaces, delegates.</item>
/// </list>
/// Lambdas and local functions may reuse any name (C# lets them shadow), so their insides are not counted.
/// </summary>
public sealed record DeclaredNames(IReadOnlyList<DeclaredName> TopLevel, IReadOnlyList<DeclaredName> Nested, IReadOnlyList<DeclaredName> Types)
{
    public static DeclaredNames Of(CompilationUnitSyntax cell)
    {
        var topLevel = new List<DeclaredName>();
        var nested = new List<DeclaredName>();
        var types = new List<DeclaredName>();

        void Add(List<DeclaredName> list, SyntaxToken identifier)
        {
            if (identifier.Text.Length > 0)
                list.Add(new DeclaredName(identifier.Text, identifier.GetLocation().GetLineSpan().StartLinePosition.Line + 1));
        }

        // Variables of a statement whose expression variables reach the enclosing scope: all but those in a lambda, a
        // switch expression's arm or a query, which are nested.
        void Expression(SyntaxNode? node)
        {
            if (node is null) return;
            foreach (var n in node.DescendantNodesAndSelf(d => d is not (AnonymousFunctionExpressionSyntax or SwitchExpressionArmSyntax or QueryExpressionSyntax)))
            {
                if (n is SingleVariableDesignationSyntax variable) Add(topLevel, variable.Identifier);
                else if (n is SwitchExpressionArmSyntax or QueryExpressionSyntax) Nested(n);
            }
        }

        void Nested(SyntaxNode? node)
        {
            if (node is null) return;
            foreach (var n in node.DescendantNodesAndSelf(d => d is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
            {
                switch (n)
                {
                    case VariableDeclaratorSyntax v: Add(nested, v.Identifier); break;
                    case SingleVariableDesignationSyntax v: Add(nested, v.Identifier); break;
                    case ForEachStatementSyntax f: Add(nested, f.Identifier); break;
                    case CatchDeclarationSyntax c: Add(nested, c.Identifier); break;
                    case LocalFunctionStatementSyntax f: Add(nested, f.Identifier); break;
                    case FromClauseSyntax q: Add(nested, q.Identifier); break;
                    case LetClauseSyntax q: Add(nested, q.Identifier); break;
                    case JoinClauseSyntax q: Add(nested, q.Identifier); break;
                    case JoinIntoClauseSyntax q: Add(nested, q.Identifier); break;
                    case QueryContinuationSyntax q: Add(nested, q.Identifier); break;
                }
            }
        }

        void Statement(StatementSyntax statement)
        {
            switch (statement)
            {
                case LocalDeclarationStatementSyntax declaration:
                    foreach (var v in declaration.Declaration.Variables)
                    {
                        Add(topLevel, v.Identifier);
                        Expression(v.Initializer);
                    }
                    break;
                case LocalFunctionStatementSyntax function:
                    Add(topLevel, function.Identifier);
                    break;
                case ExpressionStatementSyntax e: Expression(e.Expression); break;
                case ReturnStatementSyntax r: Expression(r.Expression); break;
                case ThrowStatementSyntax t: Expression(t.Expression); break;
                case IfStatementSyntax i:
                    Expression(i.Condition);
                    Nested(i.Statement);
                    Nested(i.Else);
                    break;
                case LabeledStatementSyntax labeled: Statement(labeled.Statement); break;
                default: Nested(statement); break;
            }
        }

        foreach (var member in cell.Members)
        {
            switch (member)
            {
                case GlobalStatementSyntax global: Statement(global.Statement); break;
                case FieldDeclarationSyntax field: // a script's top-level variable
                    foreach (var v in field.Declaration.Variables)
                    {
                        Add(topLevel, v.Identifier);
                        Expression(v.Initializer);
                    }
                    break;
                case MethodDeclarationSyntax method: Add(topLevel, method.Identifier); break;
                case BaseTypeDeclarationSyntax type: Add(types, type.Identifier); break;
                case DelegateDeclarationSyntax type: Add(types, type.Identifier); break;
            }
        }
        return new DeclaredNames(topLevel, nested, types);
    }
}
