using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace MLCourse.Evaluation;

/// <summary>
/// A CART decision-tree classifier (scikit-learn's <c>DecisionTreeClassifier</c>), which ML.NET does not have: its
/// FastTree trainers build boosted ensembles of regression trees fitted to gradients, even with one tree. The tree asks
/// yes/no questions "feature ≤ threshold?" and answers with the majority class of the leaf a row reaches, so it can be
/// read as a list of rules.
/// <para>
/// How it grows: at each node it tries every feature and every threshold halfway between two neighbouring training
/// values, and keeps the question whose two sides have the lowest Gini impurity (weighted by size). It stops at
/// <see cref="MaxDepth"/>, at a pure node, when no question leaves <see cref="MinLeafSize"/> rows on both sides, or when
/// no question lowers the impurity. Ties are broken the same way every time: the lower feature index, then the lower
/// threshold; a tied majority goes to the class first in sorted order. Trees need no scaling: the rules stay in the
/// features' own units.
/// </para>
/// </summary>
public sealed class DecisionTree
{
    private const double NoGain = 1e-12;

    /// <summary>The first question (or, for a tree that never split, the only answer).</summary>
    public DecisionTreeNode Root { get; }

    /// <summary>The classes seen in training, sorted.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>The features' names (the slot names of an ML.NET features column, or "feature 0", "feature 1", …).</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>The most questions on any path from the root to a leaf, as asked for.</summary>
    public int MaxDepth { get; }

    /// <summary>The fewest training rows a leaf may hold, as asked for.</summary>
    public int MinLeafSize { get; }

    private DecisionTree(DecisionTreeNode root, IReadOnlyList<string> classes, IReadOnlyList<string> names, int maxDepth, int minLeafSize) =>
        (Root, Classes, FeatureNames, MaxDepth, MinLeafSize) = (root, classes, names, maxDepth, minLeafSize);

    /// <summary>Grows a tree on rows of features and their classes.</summary>
    /// <exception cref="ArgumentException">No rows, a label for each row missing, unequal widths, a missing (NaN) feature, or a single class.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDepth"/> or <paramref name="minLeafSize"/> below 1.</exception>
    public static DecisionTree Fit(IReadOnlyList<float[]> features, IReadOnlyList<string> labels, int maxDepth = 3, int minLeafSize = 1,
        IReadOnlyList<string>? featureNames = null)
    {
        FeatureRows.CheckAll(features, "A decision tree", nameof(features));
        FeatureRows.CheckLabels(labels, features.Count, l => l is null, nameof(labels));
        Require.AtLeast(maxDepth, 1, nameof(maxDepth), "question", "so that the tree asks one question or more");
        Require.AtLeast(minLeafSize, 1, nameof(minLeafSize), "training row per leaf", "so that every leaf has rows to vote");
        var classes = labels.Distinct().Order(StringComparer.Ordinal).ToList();
        Require.That(classes.Count >= 2, nameof(labels), "at least two classes to tell apart", $"all {labels.Count} rows '{classes[0]}'",
            "Train on rows of every class you want the tree to predict.");
        var width = features[0].Length;
        var names = FeatureRows.Checked(featureNames, width, nameof(featureNames));

        var grower = new Grower(features, labels, classes, names, maxDepth, minLeafSize);
        return new DecisionTree(grower.Grow(Enumerable.Range(0, features.Count).ToArray(), depth: 0), classes, names, maxDepth, minLeafSize);
    }

    /// <summary>
    /// Grows a tree on an ML.NET data view: a vector column of features (e.g. the output of <c>Concatenate</c>; no
    /// normalizer needed) and a text label column. The rules use the features column's slot names.
    /// </summary>
    public static DecisionTree Fit(IDataView data, string featuresColumn = "Features", string labelColumn = "Label", int maxDepth = 3, int minLeafSize = 1)
    {
        var rows = FeatureRows.Read(data, featuresColumn);
        return Fit(rows, data.GetColumn<string>(labelColumn).ToList(), maxDepth, minLeafSize,
            rows.Count == 0 ? null : FeatureRows.Names(data, featuresColumn, rows[0].Length));
    }

    /// <summary>The class of the leaf that <paramref name="features"/> reaches.</summary>
    public string Predict(float[] features) => Leaf(features).Prediction;

    /// <summary>The predicted class of every row of <paramref name="data"/>, in order.</summary>
    public IReadOnlyList<string> Predict(IDataView data, string featuresColumn = "Features") =>
        FeatureRows.Read(data, featuresColumn).Select(Predict).ToList();

    /// <summary>The leaf that <paramref name="features"/> reaches.</summary>
    public DecisionTreeNode Leaf(float[] features)
    {
        FeatureRows.Check(features, FeatureNames.Count, "the row to classify", "A decision tree");
        var node = Root;
        while (!node.IsLeaf) node = features[node.Feature] <= node.Threshold ? node.Left! : node.Right!;
        return node;
    }

    /// <summary>How many questions the longest path asks.</summary>
    public int Depth => DepthOf(Root);

    /// <summary>How many leaves (answers) the tree has.</summary>
    public int LeafCount => Leaves(Root).Count();

    /// <summary>
    /// One rule per leaf, left to right: "flipper_length_mm ≤ 206.5 and beak_length_mm ≤ 43.35 → Adelie (Adelie 116,
    /// Chinstrap 2)", with the training rows that reached it.
    /// </summary>
    public IReadOnlyList<string> Rules()
    {
        var rules = new List<string>();
        void Walk(DecisionTreeNode node, List<string> conditions)
        {
            if (node.IsLeaf)
            {
                rules.Add($"{(conditions.Count == 0 ? "always" : string.Join(" and ", conditions))} → {node.Prediction} ({node.CountsText})");
                return;
            }
            Walk(node.Left!, [.. conditions, $"{node.FeatureName} ≤ {node.ThresholdText}"]);
            Walk(node.Right!, [.. conditions, $"{node.FeatureName} > {node.ThresholdText}"]);
        }
        Walk(Root, []);
        return rules;
    }

    /// <summary>
    /// The tree drawn as indented text: each line a question's answer and the training rows it leads to, a leaf's line
    /// ending with the class it predicts.
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder($"all rows ({Root.CountsText}){(Root.IsLeaf ? $" → {Root.Prediction}" : "")}\n");
        void Draw(DecisionTreeNode node, string indent)
        {
            foreach (var (child, test) in new[] { (node.Left!, "≤"), (node.Right!, ">") })
            {
                text.Append($"{indent}{node.FeatureName} {test} {node.ThresholdText} ({child.CountsText}){(child.IsLeaf ? $" → {child.Prediction}" : "")}\n");
                if (!child.IsLeaf) Draw(child, indent + "    ");
            }
        }
        if (!Root.IsLeaf) Draw(Root, "");
        return text.ToString().TrimEnd('\n');
    }

    private static int DepthOf(DecisionTreeNode node) => node.IsLeaf ? 0 : 1 + Math.Max(DepthOf(node.Left!), DepthOf(node.Right!));

    private static IEnumerable<DecisionTreeNode> Leaves(DecisionTreeNode node) =>
        node.IsLeaf ? [node] : Leaves(node.Left!).Concat(Leaves(node.Right!));

    /// <summary>The growing state: the training rows, their class numbers, and the stopping rules.</summary>
    private sealed class Grower(IReadOnlyList<float[]> features, IReadOnlyList<string> labels, List<string> classes,
        IReadOnlyList<string> names, int maxDepth, int minLeafSize)
    {
        private readonly int[] classOf = labels.Select(l => classes.IndexOf(l)).ToArray();

        public DecisionTreeNode Grow(int[] rows, int depth)
        {
            var counts = new int[classes.Count];
            foreach (var row in rows) counts[classOf[row]]++;
            var gini = Gini(counts, rows.Length);
            var majority = Array.IndexOf(counts, counts.Max());   // the first of tied classes in sorted order
            var node = new DecisionTreeNode(Enumerable.Range(0, classes.Count).ToDictionary(c => classes[c], c => counts[c]), classes[majority], gini);
            if (depth == maxDepth || gini == 0 || rows.Length < 2 * minLeafSize) return node;

            var best = BestSplit(rows, counts);
            if (best is null || gini - best.Value.Score <= NoGain) return node;
            var (feature, threshold, _) = best.Value;
            var left = rows.Where(r => features[r][feature] <= threshold).ToArray();
            var right = rows.Where(r => features[r][feature] > threshold).ToArray();
            return new DecisionTreeNode(node.Counts, node.Prediction, gini)
            {
                Feature = feature, FeatureName = names[feature], Threshold = threshold,
                Left = Grow(left, depth + 1), Right = Grow(right, depth + 1),
            };
        }

        /// <summary>The question with the lowest size-weighted Gini impurity of its two sides; ties keep the first found.</summary>
        private (int Feature, double Threshold, double Score)? BestSplit(int[] rows, int[] counts)
        {
            (int, double, double)? best = null;
            var bestScore = double.PositiveInfinity;
            for (var feature = 0; feature < names.Count; feature++)
            {
                var sorted = rows.OrderBy(r => features[r][feature]).ThenBy(r => r).ToArray();
                var left = new int[counts.Length];
                for (var i = 0; i < sorted.Length - 1; i++)
                {
                    left[classOf[sorted[i]]]++;
                    var (low, high) = (features[sorted[i]][feature], features[sorted[i + 1]][feature]);
                    var (leftSize, rightSize) = (i + 1, sorted.Length - i - 1);
                    if (low == high || leftSize < minLeafSize || rightSize < minLeafSize) continue;
                    var right = counts.Select((c, k) => c - left[k]).ToArray();
                    var score = (leftSize * Gini(left, leftSize) + rightSize * Gini(right, rightSize)) / sorted.Length;
                    if (score < bestScore - NoGain)
                        (best, bestScore) = ((feature, low / 2.0 + high / 2.0, score), score);
                }
            }
            return best;
        }

        private static double Gini(int[] counts, int size) => 1 - counts.Sum(c => (double)c / size * c / size);
    }
}
