using Microsoft.Data.Analysis;
using MLCourse.Data;

namespace MLCourse.Exercises;

/// <summary>The exercises of lesson 01, collect data.</summary>
public static class Lesson01
{
    /// <summary>01.1: count the films without a director.</summary>
    public static Exercise<double?> MissingDirectors { get; } = new(
        "01.1", "films without a director",
        Checks.Number(() => CourseData.LoadMovies()["Director"].NullCount, tolerance: 0,
            (() => CourseData.LoadMovies().Rows.Count, "That is the number of films, not of films without a director."),
            (() => CourseData.LoadMovies()["Director"].Length - CourseData.LoadMovies()["Director"].NullCount, "That counts the films that have a director.")),
        ["Load the films with CourseData.LoadMovies().", "Every DataFrame column knows how many of its values are missing."],
        """double? missingDirectors = CourseData.LoadMovies()["Director"].NullCount;""");

    /// <summary>01.2: read numbers written the European way.</summary>
    public static Exercise<Func<string, double>?> ParseEuropean { get; } = new(
        "01.2", "numbers written the European way",
        Checks.Function<string, double>(
            [("3,75", 3.75), ("1.234,5", 1234.5), ("-0,5", -0.5), ("42", 42)], (a, b) => Math.Abs(a - b) < 1e-9),
        ["Which culture writes ',' as the decimal mark and '.' between thousands? German (\"de-DE\") is one.",
         "double.Parse takes the culture as its second argument: CultureInfo.GetCultureInfo(...)."],
        """Func<string, double>? parseEuropean = text => double.Parse(text, System.Globalization.CultureInfo.GetCultureInfo("de-DE"));""");

    /// <summary>01.3: flatten one nested field of the API's records into a column.</summary>
    public static Exercise<DataFrameColumn?> FlipperColumn { get; } = new(
        "01.3", "flatten the flipper lengths",
        Checks.Column(() =>
        {
            var column = CourseData.LoadPenguins()["Flipper Length (mm)"].Clone();
            column.SetName("measurements.flipperLengthMm");
            return column;
        }),
        ["The records from the API are in fromApi (section 4); each has a Measurements object.",
         "new SingleDataFrameColumn(name, values) takes float? values, so missing measurements stay missing."],
        """DataFrameColumn? flipperColumn = new SingleDataFrameColumn("measurements.flipperLengthMm", fromApi.Select(p => p.Measurements.FlipperLengthMm));""");

    /// <summary>01.4: why parameters, even for trusted users.</summary>
    public static Exercise<string?> WhyParameters { get; } = new(
        "01.4", "why parameters",
        Checks.Reflection(12,
            "Trust is not the only risk: a perfectly honest value such as O'Brien or a pasted quote breaks string-built SQL, " +
            "inputs get reused later from less trusted places, and one injection can read or delete everything. Parameters " +
            "keep data out of the SQL text always, at no cost, and let the database reuse the query plan."),
        ["Think of an honest name with an apostrophe in it.", "Where else might this code's input come from, a year from now?"],
        """string? whyParameters = "Because an honest value like O'Brien breaks string-built SQL, inputs later come from less trusted places, and parameters cost nothing while keeping data out of the SQL text.";""");

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [MissingDirectors, ParseEuropean, FlipperColumn, WhyParameters];
}
