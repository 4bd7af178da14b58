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
}
