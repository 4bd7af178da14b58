using MLCourse.Data;
using MLCourse.Exercises;

namespace MLCourse.Tests.Library.Exercises.Lessons.Lesson03;

using Lesson03 = MLCourse.Exercises.Lesson03;   // the lesson's exercises, not this folder's namespace

public sealed class Lesson03Tests
{
    private static double MeanMass(string species)
    {
        var penguins = CourseData.LoadPenguins();
        var masses = Enumerable.Range(0, (int)penguins.Rows.Count)
            .Where(i => (string)penguins["Species"][i] == species && penguins["Body Mass (g)"][i] is not null)
            .Select(i => (double)(float)penguins["Body Mass (g)"][i]).ToList();
        return masses.Sum() / masses.Count;
    }

    [Fact]
    public void Gentoo_extra_mass_wants_the_mean_over_measured_penguins_not_dataframe_s_group_mean()
    {
        Assert.Equal(Outcome.Correct, Lesson03.GentooExtraMass.Check(1375.35).Outcome);   // 5076.02 − 3700.66, the published palmerpenguins means
        var groupMean = CourseData.LoadPenguins().GroupBy<string>("Species").Mean("Body Mass (g)");   // counts the two unmeasured penguins as zeros
        double Of(string species) => Convert.ToDouble(groupMean["Body Mass (g)"][Enumerable.Range(0, 3).Single(i => (string)groupMean["Species"][i] == species)]);
        Assert.Equal(Outcome.Incorrect, Lesson03.GentooExtraMass.Check(Of("Gentoo") - Of("Adelie")).Outcome);
        Assert.StartsWith("That compares Gentoo with Chinstrap", Lesson03.GentooExtraMass.Check(MeanMass("Gentoo") - MeanMass("Chinstrap")).Message);
        Assert.StartsWith("Right size, wrong sign", Lesson03.GentooExtraMass.Check(MeanMass("Adelie") - MeanMass("Gentoo")).Message);
    }

    /// <summary>The values are computed independently with pandas (Adelie and Chinstrap beak lengths: means 38.79 and 48.83 mm).</summary>
    [Fact]
    public void Beak_separation_is_cohen_s_d_with_the_pooled_standard_deviation_of_the_two_species()
    {
        Assert.Equal(Outcome.Correct, Lesson03.BeakSeparation.Check(3.476).Outcome);      // pooled with n − 1
        Assert.Equal(Outcome.Correct, Lesson03.BeakSeparation.Check(3.492).Outcome);      // pooled with n: close enough
        Assert.Equal(Outcome.Correct, Lesson03.BeakSeparation.Check(3.464).Outcome);      // Hedges' small-sample correction: close enough
        Assert.StartsWith("That gives the two species' variances equal weight",             // the mean of the two variances (Python: 3.32498)
            Lesson03.BeakSeparation.Check(3.325).Message);
        Assert.Equal(Outcome.Incorrect, Lesson03.BeakSeparation.Check(3.346).Outcome);    // the mean of the two standard deviations
        Assert.StartsWith("Right size, wrong sign", Lesson03.BeakSeparation.Check(-3.476).Message);
        Assert.StartsWith("That is the difference in millimetres", Lesson03.BeakSeparation.Check(10.042).Message);
        Assert.StartsWith("That divides by the standard deviation of all the penguins", Lesson03.BeakSeparation.Check(1.839).Message);
        Assert.StartsWith("That is body mass", Lesson03.BeakSeparation.Check(0.074).Message);
        Assert.StartsWith("That is flipper length", Lesson03.BeakSeparation.Check(0.872).Message);
        Assert.StartsWith("That is body mass (or beak depth", Lesson03.BeakSeparation.Check(0.062).Message);
        Assert.Equal("2.5 is too low. Try Hint() if you are stuck.", Lesson03.BeakSeparation.Check(2.5).Message);
    }

    [Fact]
    public void Horsepower_mpg_correlation_is_negative_and_not_squared()
    {
        Assert.Equal(Outcome.Correct, Lesson03.HorsepowerMpgCorrelation.Check(-0.778).Outcome);   // the well-known Auto MPG value
        Assert.StartsWith("Right strength, wrong direction", Lesson03.HorsepowerMpgCorrelation.Check(0.778).Message);
        Assert.StartsWith("That is r²", Lesson03.HorsepowerMpgCorrelation.Check(0.606).Message);
        Assert.Equal(Outcome.Incorrect, Lesson03.HorsepowerMpgCorrelation.Check(-0.832).Outcome);   // weight's correlation, not horsepower's
    }

    [Fact]
    public void Wettest_months_are_november_december_march()
    {
        Assert.Equal(Outcome.Correct, Lesson03.WettestMonths.Check([11, 12, 3]).Outcome);   // computed independently with Python's csv module
        Assert.Equal("Those are the three driest months: sort the other way.", Lesson03.WettestMonths.Check([7, 6, 8]).Message);
        Assert.Equal("Those are the right items, but not in the right order.", Lesson03.WettestMonths.Check([12, 11, 3]).Message);
        Assert.Equal(Outcome.Incorrect, Lesson03.WettestMonths.Check([11, 12, 1]).Outcome);
    }

    [Fact]
    public void Correlation_not_cause_wants_a_real_answer()
    {
        Assert.Equal(Outcome.Incorrect, Lesson03.CorrelationNotCause.Check("correlation is not causation").Outcome);
        var answer = Lesson03.CorrelationNotCause.Check("Both grow with the size of the bird and differ by species, so a third factor drives both; stretching a flipper adds no mass.");
        Assert.Equal(Outcome.Submitted, answer.Outcome);
        Assert.StartsWith("Your answer touches on a third factor behind both and what only an experiment could show; it does not yet touch on going together is not causing.", answer.Message);
        var offTopic = Lesson03.CorrelationNotCause.Check("Penguins are wonderful birds that live in cold places and swim very well in the sea; both would not change, only later.");
        Assert.Equal(Outcome.Submitted, offTopic.Outcome);
        Assert.StartsWith("Your answer does not yet touch on going together is not causing, a third factor behind both and what only an experiment could show.", offTopic.Message);
    }
}
