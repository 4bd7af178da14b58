using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MLCourse.Runner.Lessons;

namespace MLCourse.Tests.Course;

/// <summary>
/// Lesson 11 chooses everything on validation digits and touches its test digits once, at the end, in one cell (as lessons
/// 04–09 do). The test digits are the <c>Test</c> part of <c>CourseData.LoadDigits()</c>; a cell reads them when it names
/// that part, or a variable or function whose definition (in any cell) reads them, followed through the whole lesson:
/// <c>var test = digits.Test;</c> makes <c>test</c> a test-set name, <c>var testRows = test.ToRows();</c> makes <c>testRows</c> one,
/// a function that uses <c>testRows</c> is one, and so is whatever it returns. Deconstruction is followed element by element,
/// so <c>var (train, test) = (digits.Train, digits.Test)</c> marks <c>test</c> only.
/// </summary>
public sealed class TestSetOnceTests
{
    [Fact]
    public void Lesson_11_reads_its_test_digits_in_exactly_one_code_cell()
    {
        var cells = Repository.LessonNamed("11-neural-networks").CodeCells.Select(c => (c.Number, Root: CSharpScript.Parse(c.Source).GetRoot())).ToList();

        var names = TestSetNames(cells.Select(c => c.Root).ToList());
        var reading = cells.Where(c => ReadsTestSet(c.Root, names)).Select(c => c.Number).ToList();

        Assert.True(reading.Count == 1,
            $"11-neural-networks reads its test digits in {reading.Count} code cells ({string.Join(", ", reading)}), through {string.Join(", ", names.Order())}. " +
            "Choose on the validation digits and touch the test digits once, in the lesson's last evaluation cell.");
    }

    [Fact]
    public void The_names_that_lead_to_the_test_set_are_followed_through_variables_functions_and_deconstruction()
    {
        var cells = new[]
        {
            "var digits = CourseData.LoadDigits();\nvar (train, test) = (digits.Train, digits.Test);",
            "var rows = train.ToRows();\nvar testRows = test.ToRows();",
            "double Score() => Accuracy(testRows);\nvar fine = rows.Length;",
            "var score = 0.0;\nscore = Score();",
            "Console.WriteLine(fine);",
        }.Select(code => CSharpScript.Parse(code).GetRoot()).ToList();

        var names = TestSetNames(cells);

        Assert.Equal(["Score", "score", "test", "testRows"], names.Order(StringComparer.Ordinal));
        Assert.Equal([true, true, true, true, false], cells.Select(c => ReadsTestSet(c, names)));
    }

    /// <summary>Every variable and function of the cells whose definition reads the test set, directly or through another such name.</summary>
    private static HashSet<string> TestSetNames(IReadOnlyList<SyntaxNode> cells)
    {
        var names = new HashSet<string>();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var node in cells.SelectMany(c => c.DescendantNodes()))
            {
                foreach (var name in Defined(node, names))
                    changed |= names.Add(name);
            }
        }
        return names;
    }

    /// <summary>The names <paramref name="node"/> defines from the test set (or from a name in <paramref name="names"/>).</summary>
    private static IEnumerable<string> Defined(SyntaxNode node, HashSet<string> names) => node switch
    {
        VariableDeclaratorSyntax { Initializer: { } value } v when ReadsTestSet(value, names) => [v.Identifier.Text],
        LocalFunctionStatementSyntax f when ReadsTestSet((SyntaxNode?)f.Body ?? f.ExpressionBody!, names) => [f.Identifier.Text],
        MethodDeclarationSyntax f when ReadsTestSet((SyntaxNode?)f.Body ?? f.ExpressionBody!, names) => [f.Identifier.Text],   // a cell's function
        AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } a when ReadsTestSet(a.Right, names) => [target.Identifier.Text],
        AssignmentExpressionSyntax { Left: DeclarationExpressionSyntax { Designation: ParenthesizedVariableDesignationSyntax parts } } a =>
            a.Right is TupleExpressionSyntax values && values.Arguments.Count == parts.Variables.Count
                ? parts.Variables.Zip(values.Arguments).Where(p => ReadsTestSet(p.Second, names)).SelectMany(p => Designated(p.First))
                : ReadsTestSet(a.Right, names) ? Designated(parts) : [],
        _ => [],
    };

    private static IEnumerable<string> Designated(VariableDesignationSyntax designation) =>
        designation.DescendantNodesAndSelf().OfType<SingleVariableDesignationSyntax>().Select(v => v.Identifier.Text);

    /// <summary>Whether <paramref name="node"/> names the digits' <c>Test</c> part, or uses one of <paramref name="names"/>.</summary>
    private static bool ReadsTestSet(SyntaxNode node, HashSet<string> names) =>
        node.DescendantNodesAndSelf().Any(n => n switch
        {
            MemberAccessExpressionSyntax { Name.Identifier.Text: "Test" } => true,
            IdentifierNameSyntax id => names.Contains(id.Identifier.Text) && !(id.Parent is MemberAccessExpressionSyntax m && m.Name == id),
            _ => false,
        });
}
