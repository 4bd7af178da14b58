using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using MLCourse.Data;

namespace MLCourse.Exercises;

/// <summary>
/// The exercises of lesson 10, text classification. The two model exercises are scored on the SpamAssassin messages no
/// lesson loads (<see cref="CourseData.LoadSpamAssassinHoldout"/>): real e-mails the learner has never seen.
/// </summary>
public static class Lesson10
{
    /// <summary>10.2's budget: at most this share of the hidden real e-mails may be flagged as spam.</summary>
    internal const double FalsePositiveBudget = 1.0 / 500;

    /// <summary>The later collection of the corpus (easy-ham-2 and spam-2): "tomorrow's mail" for a filter trained on the first.</summary>
    internal static bool IsLater(string group) => group is "easy-ham-2" or "spam-2";

    /// <summary>TF-IDF of one word in one document, ML.NET's way: count × ln(N / df), before normalization.</summary>
    private static double TfIdf(int count, int documents, int withWord) => count * Math.Log((double)documents / withWord);

    /// <summary>The messages' true classes and the model's PredictedLabel, after checking that it is a binary classifier.</summary>
    private static (bool[] Actual, bool[] Flagged) Predict(ITransformer model, DataFrame messages)
    {
        var scored = Checks.TransformHeldOut(model, messages, "e-mails", "train it on the lesson's columns (subject, body, …).");
        if (scored.Schema.GetColumnOrNull("PredictedLabel")?.Type != BooleanDataViewType.Instance)
            throw new ModelRejectedException("The model's output has no PredictedLabel of true or false: end the pipeline with a binary classification " +
                "trainer, e.g. ml.BinaryClassification.Trainers.LbfgsLogisticRegression(labelColumnName: \"is_spam\").");
        return (messages["is_spam"].Cast<bool?>().Select(b => b!.Value).ToArray(), scored.GetColumn<bool>("PredictedLabel").ToArray());
    }

    /// <summary>10.2: the share of hidden spam caught, if the share of hidden real e-mail flagged stays within the budget.</summary>
    internal static double RecallWithinBudget(ITransformer model)
    {
        var (actual, flagged) = Predict(model, CourseData.LoadSpamAssassinHoldout());
        var ham = actual.Count(a => !a);
        var falsePositives = actual.Zip(flagged).Count(p => !p.First && p.Second);
        if (falsePositives > FalsePositiveBudget * ham)
            throw new ModelRejectedException($"On the hidden messages it flags {falsePositives} of {ham} real e-mails ({100.0 * falsePositives / ham:0.0#}%); " +
                $"the budget is 1 in {1 / FalsePositiveBudget:0} ({100 * FalsePositiveBudget:0.0#}%). Choose a higher threshold, with a margin for the noise between samples.");
        return actual.Zip(flagged).Count(p => p.First && p.Second) / (double)actual.Count(a => a);
    }

    /// <summary>10.3: accuracy on the hidden messages of the later collection.</summary>
    internal static double LaterAccuracy(ITransformer model)
    {
        var hidden = CourseData.LoadSpamAssassinHoldout();
        var later = hidden.Filter(new BooleanDataFrameColumn("later", hidden["group"].Cast<string>().Select(IsLater)));
        var (actual, flagged) = Predict(model, later);
        return actual.Zip(flagged).Count(p => p.First == p.Second) / (double)actual.Length;
    }

    /// <summary>10.1: a TF-IDF weight after a fourth message joins the three.</summary>
    public static Exercise<double?> TfIdfWeight { get; } = new(
        "10.1", "a TF-IDF weight by hand",
        Checks.Number(() => TfIdf(1, 4, 3), tolerance: 0.0005,
            (() => TfIdf(1, 3, 2), "That is its weight among the first three messages. The fourth message contains \"cash\" too: both N and the document frequency change."),
            (() => Math.Log10(4.0 / 3), "That uses the base-10 logarithm; ML.NET's IDF uses the natural logarithm (Math.Log)."),
            (() => Math.Log(5.0 / 4) + 1, "That is scikit-learn's default (smoothed) IDF, ln((1 + N) / (1 + df)) + 1; the exercise asks for ML.NET's, ln(N / df)."),
            (() => Math.Log(4.0 / 3) + 1, "That is scikit-learn's IDF without smoothing, ln(N / df) + 1; ML.NET's has no + 1."),
            (() => TfIdf(1, 4, 3) / Math.Sqrt(Math.Pow(TfIdf(1, 4, 3), 2) + Math.Pow(TfIdf(1, 4, 1), 2) + Math.Pow(TfIdf(2, 4, 2), 2)),
                "That is the weight after L2 normalization; the exercise asks for it before."),
            (() => 4.0 / 3, "That is N / df without the logarithm.")),
        ["Count again with four messages: N = 4. In how many of them does \"cash\" occur?",
         "Message 2 contains \"cash\" once, so its weight is 1 × ln(N / df).",
         "Math.Log(4.0 / 3): four messages, three of which contain \"cash\"."],
        """double? cashWeight = 1 * Math.Log(4.0 / 3);   // "cash" once in message 2; 3 of the 4 messages contain it""");

    /// <summary>10.2: a filter whose threshold keeps flagged real e-mail within 1 in 500, scored on hidden messages.</summary>
    public static Exercise<ITransformer?> BudgetFilter { get; } = new(
        "10.2", "a threshold for a budget",
        Checks.Model(RecallWithinBudget, threshold: 0.70, "spam recall (with at most 1 in 500 real e-mails flagged)"),
        ["The lesson chose a threshold for 1 in 200 from the out-of-fold scores in cvFolds: do the same for 1 in 500.",
         "FoldThreshold(fold, budget) gives one fold's threshold; take the most cautious (highest) of the five.",
         "featurizer.Append(ml.BinaryClassification.ChangeModelThreshold(logistic, threshold)) makes a filter whose PredictedLabel uses your threshold."],
        """
        var budgetThreshold = cvFolds.Max(fold => FoldThreshold(fold, 1.0 / 500));
        ITransformer? budgetFilter = featurizer.Append(ml.BinaryClassification.ChangeModelThreshold(logistic, budgetThreshold));
        """);

    /// <summary>10.3: a filter trained on the first collection that still works on the later one.</summary>
    public static Exercise<ITransformer?> TomorrowsMail { get; } = new(
        "10.3", "a filter for tomorrow's mail",
        Checks.Model(LaterAccuracy, threshold: 0.92, "accuracy on the later collection"),
        ["Which of the lesson's two filters in section 5 kept its accuracy on the later collection?",
         "Train on firstCollection with the text only: FeaturizeText over \"subject\" and \"body\", then the lesson's logistic regression."],
        """
        ITransformer? tomorrowsFilter = ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options(), "subject", "body")
            .Append(Logistic()).Fit(firstCollection);
        """);

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [TfIdfWeight, BudgetFilter, TomorrowsMail];
}
