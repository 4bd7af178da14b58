using Microsoft.Data.Analysis;
using MLCourse.Data;
using MLCourse.Exercises;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Exercises.Lessons.Lesson02;

using Lesson02 = MLCourse.Exercises.Lesson02;   // the lesson's exercises, not this folder's namespace

public sealed class Lesson02Tests
{
    [Fact]
    public void Missing_both_ratings_accepts_152_and_names_the_one_column_mistakes()
    {
        Assert.Equal(Outcome.Correct, Lesson02.MissingBothRatings.Check(152).Outcome);   // counted independently with Python's csv module
        Assert.StartsWith("That counts the films without a Rotten Tomatoes rating", Lesson02.MissingBothRatings.Check(880).Message);
        Assert.StartsWith("That counts the films without an IMDB rating", Lesson02.MissingBothRatings.Check(213).Message);
    }

    [Fact]
    public void Front_article_must_leave_other_commas_alone()
    {
        Assert.Equal(Outcome.Correct, Lesson02.FrontArticle.Check(t => t.EndsWith(", The") ? "The " + t[..^5] : t.EndsWith(", A") ? "A " + t[..^3] : t).Outcome);
        var naive = Lesson02.FrontArticle.Check(t => t.Contains(", ") ? t[(t.LastIndexOf(", ") + 2)..] + " " + t[..t.LastIndexOf(", ")] : t);
        Assert.Equal("For the input \"Tora, Tora, Tora\" your function returned \"Tora Tora, Tora\", which is not right.", naive.Message);
    }

    [Fact]
    public void Flipper_z_score_wants_the_sample_standard_deviation()
    {
        var values = CourseData.LoadCleanPenguins()["flipper_length_mm"].Cast<float?>().Select(v => (double)v!.Value).ToList();
        var mean = values.Average();
        double Std(int ddof) => Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - ddof));

        Assert.Equal(Outcome.Correct, Lesson02.FlipperZScore.Check(new DoubleDataFrameColumn("flipper_z", values.Select(v => (v - mean) / Std(1)))).Outcome);
        Assert.Equal(Outcome.Incorrect, Lesson02.FlipperZScore.Check(new DoubleDataFrameColumn("flipper_z", values.Select(v => (v - mean) / Std(0)))).Outcome);
        Assert.Equal(Outcome.Incorrect, Lesson02.FlipperZScore.Check(new DoubleDataFrameColumn("flipper_z", values.Select(v => (v - mean) / (values.Max() - values.Min())))).Outcome);
    }

    [Fact]
    public void Why_train_only_wants_a_real_answer()
    {
        Assert.Equal(Outcome.Incorrect, Lesson02.WhyTrainOnly.Check("leakage").Outcome);
        Assert.Equal(Outcome.Submitted, Lesson02.WhyTrainOnly.Check("Because the test rows must stay unseen, otherwise their statistics leak into training and the score flatters the model.").Outcome);
    }

    [Fact]
    public void Reflection_02_4_is_submitted_when_real_in_other_words_and_refused_when_short_or_repeated()
    {
        Reflections.AssertReads(Lesson02.WhyTrainOnly, "The held-out rows play the part of data the model has never met; a scaler fitted on them peeks at their mean and spread, so the evaluation comes out inflated.");
    }
}
