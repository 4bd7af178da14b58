using MLCourse.Forecasting;

namespace MLCourse.Tests.Library.Forecasting;

public sealed class CalendarTermsTests
{
    [Fact]
    public void Monday_is_the_reference_and_the_other_terms_are_the_formulas()
    {
        var terms = new CalendarTerms(fourierPairs: 1);
        var origin = new DateTime(1969, 1, 1);
        var monday = terms.Row(new DateTime(1987, 11, 23), origin);
        var thanksgiving = terms.Row(new DateTime(1987, 11, 26), origin);

        Assert.Equal(["Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "sin 1", "cos 1", "holiday", "years"], terms.Names);
        Assert.All(monday[..6], v => Assert.Equal(0f, v));
        Assert.Equal([0f, 0f, 1f, 0f, 0f, 0f], thanksgiving[..6]);
        Assert.Equal((float)Math.Sin(2 * Math.PI * 330 / 365.25), thanksgiving[6], 6);
        Assert.Equal((float)Math.Cos(2 * Math.PI * 330 / 365.25), thanksgiving[7], 6);
        Assert.Equal(1f, thanksgiving[8]);
        Assert.Equal(0f, monday[8]);
        Assert.Equal((float)((new DateTime(1987, 11, 26) - origin).TotalDays / 365.25), thanksgiving[9], 6);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CalendarTerms(-1));
    }
}
