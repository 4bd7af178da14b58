namespace MLCourse.Forecasting;

/// <summary>
/// The US federal holidays of a year, computed by rule (no table to download), with the rules as they changed between
/// 1969 and 1988: from 1971 the Uniform Monday Holiday Act moved Washington's Birthday, Memorial Day and Veterans Day to
/// Mondays and moved Columbus Day, a federal holiday on October 12 since 1937, to the second Monday of October (listed from
/// 1971 only: October 12 of 1969 and 1970 are left out); Veterans Day went back to November 11 from 1978; Martin Luther King Jr. Day began in 1986.
/// A holiday on a Saturday is also observed on the Friday before, one on a Sunday on the Monday after (both are listed).
/// Python: the <c>holidays</c> package, or pandas' <c>USFederalHolidayCalendar</c> (which applies today's rules to every year).
/// </summary>
public static class UsHolidays
{
    /// <summary>The holidays of <paramref name="year"/>, in date order, observed days included (their name ends "(observed)").</summary>
    /// <exception cref="ArgumentOutOfRangeException">A year before 1900 or after 2100.</exception>
    public static IReadOnlyList<Holiday> In(int year)
    {
        Require.Number(year is >= 1900 and <= 2100, nameof(year), "a year from 1900 to 2100", $"{year}", "The rules here are for the 20th century and after.");
        var mondays = year >= 1971;
        var days = new List<Holiday>
        {
            new(new DateTime(year, 1, 1), "New Year's Day"),
            new(mondays ? Nth(year, 2, DayOfWeek.Monday, 3) : new DateTime(year, 2, 22), "Washington's Birthday"),
            new(mondays ? Last(year, 5, DayOfWeek.Monday) : new DateTime(year, 5, 30), "Memorial Day"),
            new(new DateTime(year, 7, 4), "Independence Day"),
            new(Nth(year, 9, DayOfWeek.Monday, 1), "Labor Day"),
            new(year is >= 1971 and <= 1977 ? Nth(year, 10, DayOfWeek.Monday, 4) : new DateTime(year, 11, 11), "Veterans Day"),
            new(Nth(year, 11, DayOfWeek.Thursday, 4), "Thanksgiving"),
            new(new DateTime(year, 12, 25), "Christmas Day"),
        };
        if (mondays) days.Add(new(Nth(year, 10, DayOfWeek.Monday, 2), "Columbus Day"));
        if (year >= 1986) days.Add(new(Nth(year, 1, DayOfWeek.Monday, 3), "Martin Luther King Jr. Day"));
        var observed = days.Where(h => h.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            .Select(h => new Holiday(h.Date.AddDays(h.Date.DayOfWeek == DayOfWeek.Saturday ? -1 : 1), h.Name + " (observed)"))
            .Where(h => h.Date.Year == year)   // New Year's Day on a Saturday is observed on December 31 of the year before: see below
            .ToList();
        var nextNewYear = new DateTime(year + 1, 1, 1);
        if (nextNewYear.DayOfWeek == DayOfWeek.Saturday) observed.Add(new(new DateTime(year, 12, 31), "New Year's Day (observed)"));
        return [.. days.Concat(observed).OrderBy(h => h.Date)];
    }

    /// <summary>Whether <paramref name="date"/> is a holiday or a holiday's observed day.</summary>
    public static bool IsHoliday(DateTime date) =>
        Dates.GetOrAdd(date.Year, year => [.. In(year).Select(h => h.Date)]).Contains(date.Date);

    /// <summary>Each year's holiday dates, computed once (feature tables ask for every day many times).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, HashSet<DateTime>> Dates = new();

    /// <summary>The <paramref name="n"/>th <paramref name="day"/> of a month (n = 1 for the first).</summary>
    private static DateTime Nth(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateTime(year, month, 1);
        return first.AddDays(((int)day - (int)first.DayOfWeek + 7) % 7 + 7 * (n - 1));
    }

    /// <summary>The last <paramref name="day"/> of a month.</summary>
    private static DateTime Last(int year, int month, DayOfWeek day)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
    }
}
