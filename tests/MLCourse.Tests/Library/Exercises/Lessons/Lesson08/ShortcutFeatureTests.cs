using Microsoft.Data.Analysis;
using MLCourse.Evaluation;

namespace MLCourse.Tests.Library.Exercises.Lessons.Lesson08;

public sealed class ShortcutFeatureTests
{
    [Fact]
    public void Shortcut_band_follows_the_label_as_often_as_asked()
    {
        var labels = new StringDataFrameColumn("y", Enumerable.Range(0, 3000).Select(i => i % 2 == 0 ? "p" : "q"));
        var banded = ShortcutFeature.AddBand(new DataFrame(labels), "y", agreement: 0.8, seed: 1);
        var matches = Enumerable.Range(0, 3000).Count(i => (string)banded["band_colour"][i] == ((string)labels[i] == "p" ? "blue" : "yellow")) / 3000.0;

        Assert.InRange(matches, 0.87, 0.93);   // 0.8 + 0.2 / 2
        Assert.Equal(banded["band_colour"].Cast<string>(), ShortcutFeature.AddBand(new DataFrame(labels), "y", 0.8, 1)["band_colour"].Cast<string>());
    }

    /// <summary>The class sizes of the 344 penguins (Adelie, Chinstrap, Gentoo) repeated 30 times, so that chance is small.</summary>
    private static StringDataFrameColumn PenguinLikeLabels() => new("y",
        Enumerable.Repeat(Enumerable.Repeat("a", 152).Concat(Enumerable.Repeat("c", 68)).Concat(Enumerable.Repeat("g", 124)), 30).SelectMany(x => x));

    private static double MatchShare(StringDataFrameColumn labels, double agreement, string? onlyClass = null)
    {
        var banded = ShortcutFeature.AddBand(new DataFrame(labels), "y", agreement, seed: 1);
        var colour = new Dictionary<string, string> { ["a"] = "blue", ["c"] = "yellow", ["g"] = "green" };
        var rows = Enumerable.Range(0, (int)labels.Length).Where(i => onlyClass is null || labels[i] == onlyClass).ToList();
        return rows.Count(i => (string)banded["band_colour"][i] == colour[labels[i]]) / (double)rows.Count;
    }

    [Fact]
    public void Only_agreement_zero_carries_no_information_on_three_unequal_classes()
    {
        var labels = PenguinLikeLabels();
        Assert.InRange(MatchShare(labels, 1.0 / 3), 5.0 / 9 - 0.02, 5.0 / 9 + 0.02);   // 1/3 + (2/3) / 3: still tracks the label
        Assert.InRange(MatchShare(labels, 0), 1.0 / 3 - 0.02, 1.0 / 3 + 0.02);          // chance
        foreach (var onlyClass in new[] { "a", "c", "g" })                                // the same in every class: independent of the label
            Assert.InRange(MatchShare(labels, 0, onlyClass), 1.0 / 3 - 0.04, 1.0 / 3 + 0.04);
    }
}
