using Microsoft.Data.Analysis;

namespace MLCourse.Evaluation;

/// <summary>
/// Makes a shortcut feature for lesson 08's worked example: a column that copies the label (as a colour name) for a share
/// <c>agreement</c> of the rows and is one of the classes' colours drawn uniformly at random otherwise, the way an artefact of
/// data collection can track the label. On k classes a band therefore matches its row's label on agreement + (1 − agreement) / k
/// of the rows, whatever the classes' frequencies: 5/9 for agreement 1/3 on three classes, so that it still tracks the label.
/// Only <c>agreement</c> 0 carries no information (the band is independent of the label and matches it on 1/k of the rows by
/// chance), as in new data where the artefact is gone.
/// </summary>
public static class ShortcutFeature
{
    /// <summary>The colours given to the classes, in sorted class order.</summary>
    public static readonly IReadOnlyList<string> Colours = ["blue", "yellow", "green", "pink", "orange", "black"];

    /// <summary>A copy of <paramref name="frame"/> with a string column <paramref name="name"/>; the same seed gives the same column.</summary>
    /// <exception cref="ArgumentException">No such label column, or more classes than colours.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An agreement outside 0..1.</exception>
    public static DataFrame AddBand(DataFrame frame, string labelColumn, double agreement, int seed, string name = "band_colour")
    {
        var labels = Require.Column(frame, labelColumn, nameof(labelColumn)).Cast<object?>().Select(v => v?.ToString() ?? "").ToList();
        Require.InRange(agreement, 0, 1, nameof(agreement), "an agreement (a share of the rows)", "1 copies the label everywhere; 0 draws every colour at random, so that the band carries no information.");
        var classes = labels.Distinct().Order(StringComparer.Ordinal).ToList();
        Require.That(classes.Count <= Colours.Count, nameof(labelColumn), $"at most {Colours.Count} classes (one colour each)", $"{classes.Count}",
            "Use a label with fewer classes.");
        var random = new Random(seed);
        var copy = frame.Clone();
        copy.Columns.Add(new StringDataFrameColumn(name, labels.Select(l =>
            random.NextDouble() < agreement ? Colours[classes.IndexOf(l)] : Colours[random.Next(classes.Count)])));
        return copy;
    }
}
