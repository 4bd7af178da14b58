using System.Globalization;
using Microsoft.Data.Analysis;
using Microsoft.ML;

namespace MLCourse.Exercises;

/// <summary>
/// Checkers for the kinds of answer the exercises take. Each compares with the expected answer and, when the answer is
/// wrong, says something specific (a known mistake, the direction, the first difference) but never the expected value.
/// </summary>
public static class Checks
{
    /// <summary>What a check says to a learner who is stuck, in a notebook's words (a program says it in its own: <see cref="Exercise{T}.InProgramWords"/>).</summary>
    internal const string HintAdvice = "Try Hint() if you are stuck.";

    /// <summary>
    /// A number within <paramref name="tolerance"/> of <paramref name="expected"/>; known wrong values get their own message.
    /// Expected and mistaken values are computed when an answer is checked, not before (they often load a dataset).
    /// </summary>
    public static Func<double?, Judgement> Number(Func<double> expected, double tolerance, params (Func<double> Value, string Message)[] knownMistakes) =>
        answer => JudgeNumber(answer!.Value, expected(), tolerance, null, knownMistakes,
            (value, target) => $"{value.ToString("G6", CultureInfo.InvariantCulture)} is too {(value > target ? "high" : "low")}. " + HintAdvice, sayRounded: true);

    /// <summary>
    /// A number the learner must compute, where "too high" or "too low" would let them find it by halving the range instead
    /// (a small tolerance in a range they know, such as an accuracy). A wrong answer is told that it is not
    /// <paramref name="what"/> and <paramref name="todo"/>, never which way it is off; known mistakes get their own message.
    /// </summary>
    public static Func<double?, Judgement> Computed(Func<double> expected, double tolerance, string what, string todo, string? right = null,
        params (Func<double> Value, string Message)[] knownMistakes) =>
        answer => JudgeNumber(answer!.Value, expected(), tolerance, right, knownMistakes,
            (value, _) => $"{value.ToString("0.####", CultureInfo.InvariantCulture)} is not {what}. {todo} " + HintAdvice);

    /// <summary>
    /// Right within <paramref name="tolerance"/>; else a known mistake's message; else, for the answer rounded to fewer
    /// decimals than the tolerance needs, how many to give (with <paramref name="sayRounded"/>: only where the miss says which
    /// way it is off anyway, since it would otherwise let a learner find the digits one by one); else NaN explained; else
    /// <paramref name="miss"/>(value, target).
    /// </summary>
    private static Judgement JudgeNumber(double value, double target, double tolerance, string? right,
        (Func<double> Value, string Message)[] knownMistakes, Func<double, double, string> miss, bool sayRounded = false)
    {
        if (Math.Abs(value - target) <= tolerance) return right is null ? Judgement.Right() : Judgement.Right(right);
        foreach (var (mistake, message) in knownMistakes)
            if (Math.Abs(value - mistake()) <= tolerance) return Judgement.Wrong(message);
        if (sayRounded && RoundedDecimals(value, target) is { } decimals)
            return Judgement.Wrong(string.Create(CultureInfo.InvariantCulture,
                $"{value} is the answer rounded to {decimals} decimal{(decimals == 1 ? "" : "s")}, which is too coarse here: give it to at least {Math.Max(decimals + 1, (int)Math.Ceiling(-Math.Log10(tolerance)))} decimals (or don't round at all)."));
        return Judgement.Wrong(double.IsNaN(value) ? "Your answer is NaN: a computation divided by zero or used a missing value." : miss(value, target));
    }

    /// <summary>The number of decimals (0 to 3) to which <paramref name="target"/> rounds to <paramref name="value"/>, or null when it does not.</summary>
    private static int? RoundedDecimals(double value, double target) =>
        Enumerable.Range(0, 4).Cast<int?>().FirstOrDefault(d => value != 0 && Math.Round(target, d!.Value, MidpointRounding.AwayFromZero) == value);

    /// <summary>
    /// A short text, compared ignoring case and surrounding spaces. <paramref name="choices"/>, when given, are the answers
    /// that make sense (e.g. column names): any other answer is told so, with the list.
    /// </summary>
    public static Func<string?, Judgement> Text(string expected, IReadOnlyList<string>? choices = null, params (string Value, string Message)[] knownMistakes) => answer =>
    {
        static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
        if (Same(answer!, expected)) return Judgement.Right();
        foreach (var (mistake, message) in knownMistakes)
            if (Same(answer!, mistake)) return Judgement.Wrong(message);
        return choices is not null && !choices.Any(c => Same(answer!, c))
            ? Judgement.Wrong($"\"{answer}\" is not one of the possible answers: {string.Join(", ", choices.Select(c => $"\"{c}\""))}.")
            : Judgement.Wrong($"\"{answer}\" is not it. " + HintAdvice);
    };

    /// <summary>
    /// A sequence whose order matters (e.g. a ranking). A wrong answer is told whether it has the right items in the wrong
    /// order, or which position is the first wrong one; known wrong sequences get their own message.
    /// </summary>
    public static Func<IEnumerable<T>?, Judgement> Sequence<T>(Func<IReadOnlyList<T>> expected, params (Func<IReadOnlyList<T>> Value, string Message)[] knownMistakes) => answer =>
    {
        var given = answer!.ToList();
        var target = expected();
        if (given.SequenceEqual(target)) return Judgement.Right();
        foreach (var (mistake, message) in knownMistakes)
            if (given.SequenceEqual(mistake())) return Judgement.Wrong(message);
        if (given.Count != target.Count) return Judgement.Wrong($"Your answer has {given.Count} item{(given.Count == 1 ? "" : "s")}; the exercise asks for {target.Count}.");
        if (given.Order().SequenceEqual(target.Order())) return Judgement.Wrong("Those are the right items, but not in the right order.");
        var first = Enumerable.Range(0, given.Count).First(i => !Equals(given[i], target[i]));
        return Judgement.Wrong($"Item {first + 1} ({Show(given[first])}) is not right{(first > 0 ? "; the items before it are" : "")}.");
    };

    /// <summary>
    /// A choice of some of <paramref name="among"/> (e.g. which of five steps fail), in any order. A wrong answer is told
    /// only how many of the <paramref name="among"/> are wrongly in or out of it, never which, so that it cannot be found
    /// by trying one item at a time against the feedback; known wrong choices get their own message.
    /// </summary>
    public static Func<IEnumerable<T>?, Judgement> Selection<T>(IReadOnlyList<T> among, Func<IReadOnlyList<T>> expected, string noun,
        params (Func<IReadOnlyList<T>> Value, string Message)[] knownMistakes) => answer =>
    {
        var given = answer!.ToHashSet();
        var outside = given.Where(g => !among.Contains(g)).ToList();
        if (outside.Count > 0)
            return Judgement.Wrong($"{Show(outside[0])} is not one of the {among.Count} {noun}: {string.Join(", ", among.Select(a => Show(a)))}.");
        var target = expected().ToHashSet();
        if (given.SetEquals(target)) return Judgement.Right();
        foreach (var (mistake, message) in knownMistakes)
            if (given.SetEquals(mistake())) return Judgement.Wrong(message);
        var wrong = among.Count(a => given.Contains(a) != target.Contains(a));
        return Judgement.Wrong($"{wrong} of the {among.Count} {noun} {(wrong == 1 ? "is" : "are")} classified wrongly (in your answer by mistake, " +
            "or left out of it by mistake). " + HintAdvice);
    };

    /// <summary>A function judged on test cases; an exception in it becomes feedback naming the input.</summary>
    public static Func<Func<TIn, TOut>?, Judgement> Function<TIn, TOut>(IReadOnlyList<(TIn Input, TOut Expected)> cases, Func<TOut, TOut, bool> same) => answer =>
    {
        foreach (var (input, expected) in cases)
        {
            TOut actual;
            try
            {
                actual = answer!(input);
            }
            catch (Exception e)
            {
                return Judgement.Wrong($"For the input {Show(input)} your function threw {e.GetType().Name}: {e.Message}");
            }
            if (!same(actual, expected))
                return Judgement.Wrong($"For the input {Show(input)} your function returned {Show(actual)}, which is not right.");
        }
        return Judgement.Right($"It gives the right result on all {cases.Count} test inputs.");
    };

    /// <summary>
    /// A DataFrame column with the expected name, kind of value and values (numbers within <paramref name="tolerance"/>;
    /// missing values must match). A column whose values equal a known mistake's, whatever its name, gets that message.
    /// </summary>
    public static Func<DataFrameColumn?, Judgement> Column(Func<DataFrameColumn> expected, double tolerance = 1e-6,
        params (Func<DataFrameColumn> Value, string Message)[] knownMistakes) => answer =>
    {
        var target = expected();
        if (answer!.Name != target.Name) return Judgement.Wrong($"The column is named '{answer.Name}'; the exercise asks for a different name.");
        var sameKind = answer.DataType == target.DataType || (IsNumberType(answer.DataType) && IsNumberType(target.DataType));   // any kind of number will do
        if (!sameKind)
            return Judgement.Wrong($"The column holds {answer.DataType.Name} values; the exercise asks for {target.DataType.Name} values.");
        if (answer.Length != target.Length) return Judgement.Wrong($"The column has {answer.Length} values; it should have one per row of the table ({target.Length}).");
        var wrongRow = FirstDifference(answer, target, tolerance);
        if (wrongRow < 0) return Judgement.Right();
        foreach (var (mistake, message) in knownMistakes)
        {
            var known = mistake();
            if (known.Length == answer.Length && FirstDifference(answer, known, tolerance) < 0) return Judgement.Wrong(message);
        }
        return Judgement.Wrong($"Row {wrongRow} holds {Show(answer[wrongRow])}, which is not right; rows before it are.");
    };

    /// <summary>The first row where two columns of the same length differ, or -1.</summary>
    private static long FirstDifference(DataFrameColumn answer, DataFrameColumn target, double tolerance)
    {
        for (long row = 0; row < target.Length; row++)
        {
            var (a, t) = (answer[row], target[row]);
            var equal = a is null || t is null ? a is null && t is null
                : IsNumber(a) && IsNumber(t) ? Math.Abs(Convert.ToDouble(a, CultureInfo.InvariantCulture) - Convert.ToDouble(t, CultureInfo.InvariantCulture)) <= tolerance
                : Equals(a, t);
            if (!equal) return row;
        }
        return -1;
    }

    /// <summary>
    /// A trained model whose <paramref name="metric"/> on held-out data reaches <paramref name="threshold"/>: at least it when
    /// higher is better (accuracy), at most it when lower is better (an error). <paramref name="score"/> may throw
    /// <see cref="ModelRejectedException"/> with a message for the learner when the model is of the wrong kind.
    /// </summary>
    public static Func<ITransformer?, Judgement> Model(Func<ITransformer, double> score, double threshold, string metric, bool higherIsBetter = true) =>
        Score(score, threshold, metric, higherIsBetter, failure: "The model could not score the held-out data ({0}). Check its input and output column names.");

    /// <summary>
    /// A pipeline (an estimator, not fitted) that <paramref name="crossValidate"/> fits and scores by cross-validation on the
    /// training data, judged against <paramref name="threshold"/>: the learner's model is never scored on data the lesson
    /// shows. <paramref name="crossValidate"/> may throw <see cref="ModelRejectedException"/> with a message for the learner.
    /// </summary>
    public static Func<IEstimator<ITransformer>?, Judgement> Pipeline(Func<IEstimator<ITransformer>, double> crossValidate, double threshold, string metric,
        string data, bool higherIsBetter = true) =>
        Score(crossValidate, threshold, metric, higherIsBetter, on: $"cross-validated on {data}",
            failure: "The pipeline could not be fitted and cross-validated on " + data + " ({0}). Check its input and output column names.");

    /// <summary>
    /// Any answer (a model, a rule, a saved file) that <paramref name="score"/> measures on held-out data, judged against
    /// <paramref name="threshold"/> as <see cref="Model"/> judges a model. <paramref name="score"/> may throw
    /// <see cref="ModelRejectedException"/> with a message for the learner; any other exception is shown in
    /// <paramref name="failure"/>, whose <c>{0}</c> is the exception's type and message. <paramref name="on"/> says where the
    /// score was measured, in the feedback ("on held-out data", "cross-validated on the training cars").
    /// <paramref name="withheld"/> is for a score on data the learner must not tune against (a hidden holdout): when it is
    /// given, a failing answer is not told its score, only the bar and <paramref name="withheld"/>(answer), advice drawn from
    /// the answer itself; a passing answer is told its score as usual. Without it, every answer is told its score.
    /// </summary>
    public static Func<T?, Judgement> Score<T>(Func<T, double> score, double threshold, string metric, bool higherIsBetter = true,
        string failure = "Your answer failed on the held-out data ({0}).", string on = "on held-out data", Func<T, string>? withheld = null) => answer =>
    {
        double value;
        try
        {
            value = score(answer!);
        }
        catch (ModelRejectedException e)
        {
            return Judgement.Wrong(e.Message);
        }
        catch (Exception e)
        {
            return Judgement.Wrong(string.Format(CultureInfo.InvariantCulture, failure, $"{e.GetType().Name}: {e.Message}"));
        }
        var good = higherIsBetter ? value >= threshold : value <= threshold;
        var bar = $"{(higherIsBetter ? "at least" : "at most")} {threshold:0.00#}";
        if (good) return Judgement.Right($"Its {metric} {on} is {value:0.000}.");
        return withheld is null
            ? Judgement.Wrong($"Its {metric} {on} is {value:0.000}; the exercise asks for {bar}.")
            : Judgement.Wrong($"Its {metric} {on} does not reach the bar: the exercise asks for {bar}. The score itself is shown only once it does, " +
                $"so that it cannot be tuned against. {withheld(answer!)}");
    };

    /// <summary>
    /// A reflection: a free-text answer of at least <paramref name="minimumWords"/> words. It is submitted, never solved: the
    /// feedback names the <paramref name="keyIdeas"/> it touches on and those it does not yet touch on, then shows
    /// <paramref name="modelAnswer"/>. A text that is too short or repeats itself is not accepted (see <see cref="ReflectionCheck"/>).
    /// </summary>
    public static Func<string?, Judgement> Reflection(int minimumWords, string modelAnswer, params KeyIdea[] keyIdeas) =>
        new ReflectionCheck(minimumWords, modelAnswer, keyIdeas ?? []).Judge;

    /// <summary>Applies an answer's model to held-out rows; a missing input column becomes feedback ending with <paramref name="advice"/>.</summary>
    internal static IDataView TransformHeldOut(ITransformer model, IDataView rows, string rowsName, string advice)
    {
        try
        {
            return model.Transform(rows);
        }
        catch (ArgumentOutOfRangeException e) when (IsMissingColumn(e))
        {
            throw new ModelRejectedException($"The model needs a column the held-out {rowsName} do not have ({e.Message.Split(" (")[0]}): {advice}");
        }
    }

    /// <summary>
    /// Whether ML.NET's exception says an input column is missing. ML.NET throws ArgumentOutOfRangeException for other
    /// failures too (e.g. SDCA's "Cannot initialize linear predictor with non-finite weights"), which are not about columns.
    /// </summary>
    internal static bool IsMissingColumn(ArgumentOutOfRangeException e) => e.Message.StartsWith("Could not find input column", StringComparison.Ordinal);

    private static bool IsNumber(object value) => IsNumberType(value.GetType());

    private static bool IsNumberType(Type type) => type == typeof(float) || type == typeof(double) || type == typeof(int) || type == typeof(long)
        || type == typeof(decimal) || type == typeof(short) || type == typeof(byte);

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items => $"[{string.Join(", ", items.Cast<object?>().Select(Show))}]",
        _ => value.ToString() ?? "",
    };
}
