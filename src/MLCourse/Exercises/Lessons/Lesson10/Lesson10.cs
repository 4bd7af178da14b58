using System.Globalization;
using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using MLCourse.Data;
using MLCourse.Evaluation;

namespace MLCourse.Exercises;

/// <summary>
/// The exercises of lesson 10, text classification. The two model exercises are scored on the SpamAssassin messages no
/// lesson loads (<see cref="CourseData.LoadSpamAssassinHoldout"/>): real e-mails the learner has never seen.
/// </summary>
public static class Lesson10
{
    /// <summary>10.2's prices: a real e-mail flagged as spam costs this many spam let through.</summary>
    internal const double FalsePositiveCost = 20;

    /// <summary>The corpus's second, differently collected mailbox (easy-ham-2 and spam-2; older mail, published later).</summary>
    internal static bool IsSecond(string group) => group is "easy-ham-2" or "spam-2";

    /// <summary>The corpus's first collection (easy-ham-1 and spam-1), on which 10.3's checker fits the learner's pipeline.</summary>
    internal static bool IsFirst(string group) => group is "easy-ham-1" or "spam-1";

    /// <summary>TF-IDF of one word in one document, ML.NET's way: count × ln(N / df), before normalization.</summary>
    private static double TfIdf(int count, int documents, int withWord) => count * Math.Log((double)documents / withWord);

    /// <summary>The columns that give a message's class away: is_spam itself, and the group and id, which name its pile ("spam-2/…").</summary>
    internal static readonly string[] LabelColumns = ["is_spam", "group", "id"];

    /// <summary>
    /// The messages' true classes and the model's PredictedLabel, after checking that it is a binary classifier. The model
    /// transforms the messages without <see cref="LabelColumns"/> (the labels are kept aside to score against): a model
    /// that reads the label, even one that copies it into PredictedLabel, cannot score them.
    /// </summary>
    private static (bool[] Actual, bool[] Flagged) Predict(ITransformer model, DataFrame messages, string advice)
    {
        var actual = messages["is_spam"].Cast<bool?>().Select(b => b!.Value).ToArray();
        var unlabelled = new DataFrame(messages.Columns.Where(c => !LabelColumns.Contains(c.Name)));
        IDataView scored;
        try
        {
            scored = model.Transform(unlabelled);
        }
        catch (ArgumentOutOfRangeException e) when (Checks.IsMissingColumn(e))
        {
            var missing = e.Message.Split(" (")[0];
            if (LabelColumns.Any(c => missing == $"Could not find input column '{c}'"))
                throw new ModelRejectedException($"The model reads the label to predict ({missing}): the checker scores messages without their " +
                    "is_spam (and without the group and id, which name the message's pile), as new mail comes. A model that copies or featurizes " +
                    "the answer learns nothing; leave is_spam, group and id out of everything but the trainer's labelColumnName.");
            throw new ModelRejectedException($"The model needs a column the held-out e-mails do not have ({missing}): {advice}");
        }
        if (scored.Schema.GetColumnOrNull("PredictedLabel")?.Type != BooleanDataViewType.Instance)
            throw new ModelRejectedException("The model's output has no PredictedLabel of true or false: end the pipeline with a binary classification " +
                "trainer, e.g. ml.BinaryClassification.Trainers.LbfgsLogisticRegression(labelColumnName: \"is_spam\").");
        return (actual, scored.GetColumn<bool>("PredictedLabel").ToArray());
    }

    /// <summary>
    /// Section 3's out-of-fold scores (cvFolds), as the lesson computes them: 5-fold cross-validation of the whole filter
    /// (featurizer, cache, logistic regression) on the lesson's training messages (stratified split, seed 1). Each fold's
    /// (is spam, score) pairs, in the fold's order. Deterministic for the seeds; computed once, then read from the
    /// course's artifacts/cache (see <see cref="ScoreCache"/>).
    /// </summary>
    internal static IReadOnlyList<IReadOnlyList<(bool IsSpam, float Score)>> OutOfFoldScores => Folds.Value;

    private static readonly Lazy<IReadOnlyList<IReadOnlyList<(bool IsSpam, float Score)>>> Folds = new(() => Cached("10-out-of-fold-v1", () =>
    {
        var ml = new MLContext(seed: 1);
        return ml.BinaryClassification.CrossValidate(LessonTrain(), LessonFilter(ml), numberOfFolds: 5, labelColumnName: "is_spam", seed: 1)
            .Select(fold => (IReadOnlyList<(bool, float)>)fold.ScoredHoldOutSet.GetColumn<bool>("is_spam")
                .Zip(fold.ScoredHoldOutSet.GetColumn<float>("Score")).ToList())
            .ToList();
    }));

    /// <summary>
    /// The hidden messages scored by section 3's filter refitted on all the lesson's training messages (the lesson's
    /// featurizer.Append(logistic)): (is spam, score) for each, in the file's order. Computed once, then read from the
    /// course's artifacts/cache.
    /// </summary>
    internal static IReadOnlyList<(bool IsSpam, float Score)> HiddenScores => Hidden.Value;

    private static readonly Lazy<IReadOnlyList<(bool IsSpam, float Score)>> Hidden = new(() => Cached("10-hidden-v1", () =>
    {
        var ml = new MLContext(seed: 1);
        var scored = LessonFilter(ml).Fit(LessonTrain()).Transform(CourseData.LoadSpamAssassinHoldout());
        return [scored.GetColumn<bool>("is_spam").Zip(scored.GetColumn<float>("Score")).ToList()];
    })[0]);

    private static DataFrame LessonTrain() => StratifiedSplit.Split(CourseData.LoadSpamAssassin(), "group", testFraction: 0.2, seed: 1).Train;

    /// <summary>Section 3's whole filter, unfitted: the featurizer's defaults over subject and body, the cache, the lesson's logistic regression.</summary>
    private static IEstimator<ITransformer> LessonFilter(MLContext ml) =>
        ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options(), "subject", "body")
            .AppendCacheCheckpoint(ml)
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
                { LabelColumnName = "is_spam", L1Regularization = 0, L2Regularization = 0.01f, OptimizationTolerance = 1e-4f, NumberOfThreads = 1 }));

    private static IReadOnlyList<IReadOnlyList<(bool IsSpam, float Score)>> Cached(string name, Func<IReadOnlyList<IReadOnlyList<(bool IsSpam, float Score)>>> compute)
    {
        var data = CourseData.PathOf("spam-assassin.parquet");
        var folder = Path.Combine(CourseFolders.Find(Path.GetDirectoryName(data)).Artifacts, "cache");
        return ScoreCache.Load(folder, name, data, compute);
    }

    /// <summary>Section 3's rule for a budget: in each fold, the score that flags at most ⌊budget × ham⌋ of its real e-mails; the highest of the five.</summary>
    internal static float LessonRuleThreshold(double budget) => OutOfFoldScores.Max(fold =>
    {
        var hamScores = fold.Where(m => !m.IsSpam).Select(m => m.Score).OrderDescending().ToList();
        return hamScores[(int)Math.Floor(budget * hamScores.Count)];
    });

    /// <summary>The cost of flagging every message scored above <paramref name="threshold"/>: each real e-mail flagged costs <paramref name="flagCost"/>, each spam missed <paramref name="missCost"/>.</summary>
    internal static double Cost(IEnumerable<(bool IsSpam, float Score)> scored, float threshold, double flagCost, double missCost) =>
        scored.Sum(m => Cost(m.IsSpam, m.Score > threshold, flagCost, missCost));

    /// <summary>What one message costs: a real e-mail flagged costs <paramref name="flagCost"/>, a spam not flagged <paramref name="missCost"/>.</summary>
    private static double Cost(bool isSpam, bool flagged, double flagCost, double missCost) => isSpam ? (flagged ? 0 : missCost) : (flagged ? flagCost : 0);

    /// <summary>The cheapest threshold among the scores themselves (any threshold between two neighbouring scores flags the same messages).</summary>
    internal static float CheapestThreshold(IReadOnlyList<(bool IsSpam, float Score)> scored, double flagCost, double missCost) =>
        scored.Select(m => m.Score).Distinct().Order().MinBy(t => Cost(scored, t, flagCost, missCost));

    private static IReadOnlyList<(bool IsSpam, float Score)> Pooled => OutOfFoldScores.SelectMany(fold => fold).ToList();

    /// <summary>
    /// 10.2: the cost per 100 hidden messages (a real e-mail flagged costs 20, a spam missed 1) of section 3's refitted
    /// filter with the threshold the learner's rule picks on section 3's pooled out-of-fold scores, if that threshold is a
    /// cheapest one there (any threshold that ties with the cheapest passes; known wrong rules get their own message) and
    /// the rule also picks a cheapest threshold on short lists of other scores (so it is a rule, not a number found once).
    /// </summary>
    internal static double CostPerHundredHidden(Func<IReadOnlyList<(bool IsSpam, float Score)>, float> rule)
    {
        var threshold = Apply(rule, Pooled, "section 3's pooled out-of-fold scores");
        RejectCostlierThreshold(Pooled, threshold);
        foreach (var scores in ShortLists)
        {
            var picked = Apply(rule, scores, "a short list of scores");
            var (cost, cheapest) = (Cost(scores, picked, FalsePositiveCost, 1), Cost(scores, CheapestThreshold(scores, FalsePositiveCost, 1), FalsePositiveCost, 1));
            if (cost != cheapest)
                throw new ModelRejectedException($"Your rule picks a cheapest threshold on the out-of-fold scores, but not on this short list: " +
                    $"{string.Join(", ", scores.Select(m => $"{(m.IsSpam ? "spam" : "ham")} {m.Score.ToString("0.0#", CultureInfo.InvariantCulture)}"))}. " +
                    $"There it picks {picked.ToString("0.0#", CultureInfo.InvariantCulture)}, which costs {cost:0}; the cheapest costs {cheapest:0}. " +
                    "The rule must choose from the scores it is given: try every score in the list as the threshold and keep the cheapest.");
        }
        return 100 * Cost(HiddenScores, threshold, FalsePositiveCost, 1) / HiddenScores.Count;
    }

    /// <summary>Short lists of scores on which a rule must pick a cheapest threshold too (a ham costs 20 flagged, a spam 1 missed).</summary>
    private static readonly IReadOnlyList<(bool IsSpam, float Score)>[] ShortLists =
    [
        [(false, -2f), (true, -1f), (false, 0.5f), (true, 1f), (true, 1.5f), (true, 3f)],              // cheapest: 0.5, flagging the top three spam (cost 1)
        [(true, -3f), (true, -2.5f), (false, -2f), (true, -1f), (true, 0f), (true, 0.25f), (true, 2f)],  // cheapest: -2, flagging four spam (cost 2)
    ];

    private static float Apply(Func<IReadOnlyList<(bool IsSpam, float Score)>, float> rule, IReadOnlyList<(bool IsSpam, float Score)> scores, string what)
    {
        float threshold;
        try
        {
            threshold = rule(scores);
        }
        catch (Exception e)
        {
            throw new ModelRejectedException($"On {what} your rule threw {e.GetType().Name}: {e.Message}");
        }
        return float.IsFinite(threshold) ? threshold
            : throw new ModelRejectedException($"On {what} your rule returned {threshold}: a threshold is one of the scores (or a number between two of them).");
    }

    /// <summary>
    /// Rejects <paramref name="threshold"/> unless its cost on the <paramref name="pooled"/> out-of-fold scores (20 per real
    /// e-mail flagged, 1 per spam missed) equals the minimum over every score as threshold. A threshold that would be
    /// cheapest if a message scored exactly at it were flagged (Score ≥ t) gets its own message: ML.NET flags only Score &gt; t.
    /// </summary>
    internal static void RejectCostlierThreshold(IReadOnlyList<(bool IsSpam, float Score)> pooled, float threshold)
    {
        var minimum = Cost(pooled, CheapestThreshold(pooled, FalsePositiveCost, 1), FalsePositiveCost, 1);
        var cost = Cost(pooled, threshold, FalsePositiveCost, 1);
        if (cost == minimum) return;
        var costAtOrAbove = pooled.Sum(m => Cost(m.IsSpam, m.Score >= threshold, FalsePositiveCost, 1));
        if (costAtOrAbove == minimum)
            throw new ModelRejectedException($"Your threshold, {threshold.ToString("R", CultureInfo.InvariantCulture)}, is the cheapest if a message scored " +
                "exactly at it is flagged (Score >= t). ML.NET flags only scores strictly above the threshold, so that message is let through and " +
                "the cost is not the minimum: count Score > t, as ML.NET does.");
        int FlaggedBy(float t) => pooled.Count(m => m.Score > t);
        var flagged = FlaggedBy(threshold);
        var mistakes = new (Func<float> Threshold, string Message)[]
        {
            (() => 0f, "Your rule returns the default threshold, 0, which prices both mistakes alike. Total the two costs at each candidate threshold instead."),
            (() => LessonRuleThreshold(1.0 / 200), "That is section 3's threshold for the 1-in-200 budget. This exercise states prices instead of a budget: " +
                "total the cost of the mistakes at each candidate threshold."),
            (() => CheapestThreshold(pooled, 1, 1), "That threshold is the cheapest if both mistakes cost the same; here a flagged real e-mail costs 20 missed spam."),
            (() => CheapestThreshold(pooled, 1, FalsePositiveCost), "That threshold is the cheapest if a missed spam cost 20 and a flagged real e-mail 1: " +
                "the prices the wrong way round."),
            (() => OutOfFoldScores.Max(fold => CheapestThreshold(fold, FalsePositiveCost, 1)), "That is the most cautious of the five folds' own cheapest " +
                "thresholds. A cost adds up over messages, not folds: pool the five folds' out-of-fold scores and total the cost over all of them."),
        };
        foreach (var (mistake, message) in mistakes)
            if (flagged == FlaggedBy(mistake())) throw new ModelRejectedException(message);
        throw new ModelRejectedException($"At its threshold, {threshold.ToString("0.00", CultureInfo.InvariantCulture)}, the out-of-fold messages of cvFolds " +
            $"cost {cost.ToString("0", CultureInfo.InvariantCulture)} (20 per real e-mail flagged, 1 per spam missed); another threshold costs less. " +
            "Try every out-of-fold score as the threshold and keep the cheapest.");
    }

    /// <summary>
    /// The messages of one collection with only the columns 10.3's pipeline may read: headers and is_spam. Not id or group:
    /// both name the message's pile, so they carry the label.
    /// </summary>
    internal static DataFrame HeadersOnly(DataFrame messages, Func<string, bool> inCollection)
    {
        var rows = messages.Filter(new BooleanDataFrameColumn("keep", messages["group"].Cast<string>().Select(inCollection)));
        return new DataFrame(rows["headers"], rows["is_spam"]);
    }

    /// <summary>
    /// 10.3: the checker fits the learner's pipeline on the first collection's headers (the lesson's messages, subject and
    /// body left out) and returns its accuracy on the hidden messages of the second collection (260 ham, 261 spam, so
    /// accuracy is fair there). Section 5's header model (Subject removed) reaches 0.743; without the delivery and date
    /// lines, 0.902 (measured when the bar of 0.85 was set).
    /// </summary>
    internal static double SecondCollectionAccuracy(IEstimator<ITransformer> pipeline)
    {
        ITransformer model;
        try
        {
            model = pipeline.Fit(HeadersOnly(CourseData.LoadSpamAssassin(), IsFirst));
        }
        catch (ArgumentOutOfRangeException e) when (Checks.IsMissingColumn(e))
        {
            throw new ModelRejectedException($"The pipeline needs a column the checker does not give it ({e.Message.Split(" (")[0]}): it gets only " +
                "\"headers\" and \"is_spam\". Read the headers, without the subject, the body, the id or the group.");
        }
        var (actual, flagged) = Predict(model, HeadersOnly(CourseData.LoadSpamAssassinHoldout(), IsSecond), "it is given only \"headers\" to score.");
        return actual.Zip(flagged).Count(p => p.First == p.Second) / (double)actual.Length;
    }

    /// <summary>10.1: a TF-IDF weight after a fourth message joins the three.</summary>
    public static Exercise<double?> TfIdfWeight { get; } = new(
        "10.1", "a TF-IDF weight by hand",
        Checks.Number(() => TfIdf(1, 4, 3), tolerance: 0.005,
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

    /// <summary>10.2: a rule that picks the cheapest threshold for stated prices, applied to section 3's out-of-fold scores and scored on hidden messages.</summary>
    public static Exercise<Func<IReadOnlyList<(bool IsSpam, float Score)>, float>?> CostRule { get; } = new(
        "10.2", "a threshold for stated prices",
        Checks.Score<Func<IReadOnlyList<(bool IsSpam, float Score)>, float>>(CostPerHundredHidden, threshold: 6,
            "cost per 100 hidden messages (20 per real e-mail flagged, 1 per spam missed)", higherIsBetter: false,
            failure: "Your rule's threshold could not be used ({0}).", on: "with your rule's threshold on section 3's filter"),
        ["A threshold t flags every message whose score is above t. For one t, the cost of a list of messages is 20 × (real e-mails flagged) + 1 × (spam missed).",
         "Only the scores themselves need trying as thresholds: between two neighbouring scores the same messages are flagged. The check hands your rule the five folds pooled, so that every training message counts once.",
         "scores.Select(m => m.Score).MinBy(t => …), with the cost of t over all the scores as the key, gives the cheapest threshold."],
        """
        double MistakeCost(IEnumerable<(bool IsSpam, float Score)> scored, float t) => scored.Sum(m => m.IsSpam ? (m.Score > t ? 0 : 1) : (m.Score > t ? 20 : 0));
        Func<IReadOnlyList<(bool IsSpam, float Score)>, float>? cheapestThreshold = scores => scores.Select(m => m.Score).MinBy(t => MistakeCost(scores, t));
        """);

    /// <summary>10.3: a headers-only pipeline, without the collection's traces, that still works on the second collection.</summary>
    public static Exercise<IEstimator<ITransformer>?> UntracedHeaders { get; } = new(
        "10.3", "headers without the collection's traces",
        Checks.Score<IEstimator<ITransformer>>(SecondCollectionAccuracy, threshold: 0.85, "accuracy",
            failure: "The pipeline could not be fitted on the first collection's headers, or could not score the second's ({0}). Check its column names.",
            on: "on the hidden messages of the second collection (fitted on the first)"),
        ["Which header lines record how and when the corpus was collected, rather than what the message is? Section 5's marker table and weights point at them.",
         "Two kinds of line carry the collection's traces: the lines that record delivery (they hold the collectors' own addresses, zzzz@ and yyyy@), and every line that says when, since each pile was collected at its own time.",
         "The delivery lines are Received, Delivered-To and Return-Path; the lines that say when are Date, Delivery-Date and X-Original-Date.",
         "HeaderLines.Removing(ml, \"kept_headers\", \"headers\", \"Subject\", \"Received\", …) then FeaturizeText over \"kept_headers\", the cache and Logistic(): hand the pipeline over unfitted."],
        """
        IEstimator<ITransformer>? untracedHeaders = HeaderLines.Removing(ml, "kept_headers", "headers", "Subject", "Received", "Delivered-To", "Return-Path", "Date", "Delivery-Date", "X-Original-Date")
            .Append(ml.Transforms.Text.FeaturizeText("Features", headerWords, "kept_headers"))
            .AppendCacheCheckpoint(ml)
            .Append(Logistic());
        """);

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [TfIdfWeight, CostRule, UntracedHeaders];
}
