using System.Globalization;

namespace MLCourse.Evaluation;

/// <summary>
/// One node of a <see cref="DecisionTree"/>: the training rows that reached it, counted by class, and either a question
/// (feature ≤ threshold: yes goes <see cref="Left"/>, no goes <see cref="Right"/>) or, at a leaf, the answer.
/// </summary>
public sealed class DecisionTreeNode
{
    internal DecisionTreeNode(IReadOnlyDictionary<string, int> counts, string prediction, double gini) =>
        (Counts, Prediction, Gini) = (counts, prediction, gini);

    /// <summary>How many training rows of each class reached this node (every class of the tree, in sorted order).</summary>
    public IReadOnlyDictionary<string, int> Counts { get; }

    /// <summary>How many training rows reached this node.</summary>
    public int Size => Counts.Values.Sum();

    /// <summary>The majority class of the rows here (a tie goes to the class first in sorted order): the answer at a leaf.</summary>
    public string Prediction { get; }

    /// <summary>Gini impurity of the rows here: 1 − Σ (class share)²; 0 when all are of one class.</summary>
    public double Gini { get; }

    /// <summary>The index of the feature asked about, or −1 at a leaf.</summary>
    public int Feature { get; internal init; } = -1;

    /// <summary>The name of the feature asked about, or null at a leaf.</summary>
    public string? FeatureName { get; internal init; }

    /// <summary>Rows with feature ≤ this go left; the midpoint between two neighbouring training values, as in CART.</summary>
    public double Threshold { get; internal init; }

    /// <summary>Where rows with feature ≤ <see cref="Threshold"/> go; null at a leaf.</summary>
    public DecisionTreeNode? Left { get; internal init; }

    /// <summary>Where rows with feature &gt; <see cref="Threshold"/> go; null at a leaf.</summary>
    public DecisionTreeNode? Right { get; internal init; }

    /// <summary>Whether this node answers instead of asking.</summary>
    public bool IsLeaf => Left is null;

    /// <summary>"Adelie 116, Chinstrap 2": the classes present here, by count.</summary>
    public string CountsText => string.Join(", ", Counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}"));

    /// <summary>The threshold as printed in rules: at most three decimals.</summary>
    public string ThresholdText => Threshold.ToString("0.###", CultureInfo.InvariantCulture);
}
