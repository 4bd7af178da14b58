using MLCourse.Forecasting;

namespace MLCourse.Tests.Library.Forecasting;

/// <summary>The rules as they changed inside 1969–1988, checked against dates from the historical record.</summary>
public sealed class UsHolidaysTests
{
    private static DateTime Date(int year, string name) => UsHolidays.In(year).Single(h => h.Name == name).Date;

    [Fact]
    public void Monday_holidays_begin_in_1971()
    {
        Assert.Equal(new DateTime(1970, 2, 22), Date(1970, "Washington's Birthday"));
        Assert.Equal(new DateTime(1970, 5, 30), Date(1970, "Memorial Day"));
        Assert.DoesNotContain(UsHolidays.In(1970), h => h.Name.StartsWith("Columbus Day"));   // a federal holiday only from 1971
        Assert.Equal(new DateTime(1971, 2, 15), Date(1971, "Washington's Birthday"));   // the first Monday holidays, 1971
        Assert.Equal(new DateTime(1971, 5, 31), Date(1971, "Memorial Day"));
        Assert.Equal(new DateTime(1971, 10, 11), Date(1971, "Columbus Day"));
    }

    [Fact]
    public void Veterans_Day_moves_to_October_from_1971_to_1977_and_back_to_November_11()
    {
        Assert.Equal(new DateTime(1970, 11, 11), Date(1970, "Veterans Day"));
        Assert.Equal(new DateTime(1971, 10, 25), Date(1971, "Veterans Day"));
        Assert.Equal(new DateTime(1977, 10, 24), Date(1977, "Veterans Day"));
        Assert.Equal(new DateTime(1978, 11, 11), Date(1978, "Veterans Day"));
    }

    [Fact]
    public void Martin_Luther_King_Jr_Day_begins_in_1986_and_Thanksgiving_is_the_fourth_Thursday()
    {
        Assert.DoesNotContain(UsHolidays.In(1985), h => h.Name == "Martin Luther King Jr. Day");
        Assert.Equal(new DateTime(1986, 1, 20), Date(1986, "Martin Luther King Jr. Day"));
        Assert.Equal(new DateTime(1987, 11, 26), Date(1987, "Thanksgiving"));
        Assert.Equal(new DateTime(1969, 9, 1), Date(1969, "Labor Day"));
    }

    [Fact]
    public void A_weekend_holiday_is_also_observed_on_the_nearest_weekday()
    {
        Assert.Equal(new DateTime(1987, 7, 3), Date(1987, "Independence Day (observed)"));   // July 4, 1987 was a Saturday
        Assert.Equal(new DateTime(1983, 12, 26), Date(1983, "Christmas Day (observed)"));    // a Sunday
        Assert.Equal(new DateTime(1982, 12, 31), Date(1982, "New Year's Day (observed)"));   // January 1, 1983 was a Saturday
        Assert.DoesNotContain(UsHolidays.In(1983), h => h.Name == "New Year's Day (observed)");
        Assert.True(UsHolidays.IsHoliday(new DateTime(1987, 7, 3)));
        Assert.False(UsHolidays.IsHoliday(new DateTime(1987, 7, 6)));
        Assert.Throws<ArgumentOutOfRangeException>(() => UsHolidays.In(1800));
    }
}
