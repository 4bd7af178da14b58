using Microsoft.Data.Analysis;
using MLCourse.Data;

namespace MLCourse.Exercises;

/// <summary>The exercises of lesson 01, collect data.</summary>
public static class Lesson01
{
    /// <summary>The films without a director, counted in the raw file: an empty field, whatever the loader makes of it.</summary>
    private static double MissingDirectorCount() => CourseData.LoadMovies()["Director"].NullCount;

    /// <summary>01.1: count the films without a director, when <c>DataFrame.LoadCsv</c> reads an empty text field as "".</summary>
    public static Exercise<double?> MissingDirectors { get; } = new(
        "01.1", "films without a director",
        Checks.Number(MissingDirectorCount, tolerance: 0,
            (() => 0, "That is what NullCount says after DataFrame.LoadCsv, and it is the trap: section 1 showed that LoadCsv keeps an empty text field as \"\", not as a missing value. Count those."),
            (() => CourseData.LoadMovies().Rows.Count, "That is the number of films, not of films without a director."),
            (() => CourseData.LoadMovies().Rows.Count - MissingDirectorCount(), "That counts the films that have a director.")),
        ["Section 1: DataFrame.LoadCsv keeps an empty text field as the empty string \"\", so NullCount does not see it.",
         "Count the values that are null or empty: movies[\"Director\"].Cast<string>().Count(d => string.IsNullOrEmpty(d)). (The course's CourseData.LoadMovies() reads empty fields as missing, so its NullCount is right too.)"],
        """
        var movies = DataFrame.LoadCsv(CourseData.PathOf("movies.csv"));
        double? missingDirectors = movies["Director"].Cast<string>().Count(director => string.IsNullOrEmpty(director));
        """);

    /// <summary>01.2: read numbers written the European way.</summary>
    public static Exercise<Func<string, double>?> ParseEuropean { get; } = new(
        "01.2", "numbers written the European way",
        Checks.Function<string, double>(
            [("3,75", 3.75), ("1.234,5", 1234.5), ("-0,5", -0.5), ("42", 42)], (a, b) => Math.Abs(a - b) < 1e-9),
        ["Which culture writes ',' as the decimal mark and '.' between thousands? German (\"de-DE\") is one.",
         "double.Parse takes the culture as its second argument: CultureInfo.GetCultureInfo(...)."],
        """Func<string, double>? parseEuropean = text => double.Parse(text, System.Globalization.CultureInfo.GetCultureInfo("de-DE"));""");

    /// <summary>
    /// The field notes of exercise 01.3: real penguins' measurements as a field app sends them, each reading a name/value
    /// pair in no fixed order, a reading that was not taken simply absent (penguin 3 was not weighed in this sample).
    /// </summary>
    public const string FieldNotes = """
        [
          { "id": 1, "species": "Adelie", "readings": [ { "name": "flipperLengthMm", "value": 181 }, { "name": "bodyMassG", "value": 3750 } ] },
          { "id": 2, "species": "Adelie", "readings": [ { "name": "bodyMassG", "value": 3800 }, { "name": "flipperLengthMm", "value": 186 } ] },
          { "id": 3, "species": "Adelie", "readings": [ { "name": "flipperLengthMm", "value": 195 } ] },
          { "id": 4, "species": "Adelie", "readings": [] },
          { "id": 153, "species": "Chinstrap", "readings": [ { "name": "beakLengthMm", "value": 46.5 }, { "name": "bodyMassG", "value": 3500 }, { "name": "flipperLengthMm", "value": 192 } ] },
          { "id": 221, "species": "Gentoo", "readings": [ { "name": "bodyMassG", "value": 4500 } ] }
        ]
        """;

    /// <summary>01.3: flatten name/value readings into one column, missing where a reading is absent.</summary>
    public static Exercise<DataFrameColumn?> BodyMassColumn { get; } = new(
        "01.3", "flatten name/value readings",
        Checks.Column(() => new SingleDataFrameColumn("bodyMassG", [3750f, 3800f, null, null, 3500f, 4500f]), tolerance: 0,
            (() => new SingleDataFrameColumn("bodyMassG", [3750f, 3800f, 0f, 0f, 3500f, 4500f]),
                "A reading that was not taken is missing, not 0 g: leave it null (FirstOrDefault gives null when there is no such reading)."),
            (() => new SingleDataFrameColumn("bodyMassG", [3750f, 186f, null, null, 3500f, null]),
                "The readings come in no fixed order: find the body mass by its name, not by its position in the list.")),
        ["Describe the shape with records, as section 2 did: a reading has a Name and a Value; a note has an Id, a Species and a List of readings. Then JsonSerializer.Deserialize with webJson.",
         "For each note, look for the reading whose Name is \"bodyMassG\": Readings.FirstOrDefault(r => r.Name == \"bodyMassG\") is null when there is none, and ?.Value then gives a float? that is null too.",
         "new SingleDataFrameColumn(\"bodyMassG\", values) takes the float? values, one per note, in the notes' order."],
        """
        record ReadingDto(string Name, float Value);
        record FieldNoteDto(int Id, string Species, List<ReadingDto> Readings);
        var notes = JsonSerializer.Deserialize<List<FieldNoteDto>>(fieldNotes, webJson)!;
        DataFrameColumn? bodyMassColumn = new SingleDataFrameColumn("bodyMassG", notes.Select(note => note.Readings.FirstOrDefault(r => r.Name == "bodyMassG")?.Value));
        """);

    /// <summary>01.4: why parameters, even for trusted users.</summary>
    public static Exercise<string?> WhyParameters { get; } = new(
        "01.4", "why parameters",
        Checks.Reflection(12,
            "Trust is not the only risk: a perfectly honest value such as O'Brien or a pasted quote breaks string-built SQL, " +
            "inputs get reused later from less trusted places, and one injection can read or delete everything. Parameters " +
            "keep data out of the SQL text always, at no cost, and let the database reuse the query plan.",
            new KeyIdea("an honest value that breaks pasted SQL", "apostroph", "o'brien", "quote", "quotation", "syntax", "special character", "break", "escap", "crash"),
            new KeyIdea("trust that changes over time", "future", "reuse", "compromis", "hack", "stolen", "insider",
                "mistake", "accident", "malicious", "attack", "less trusted", "untrusted", "one day", "grow", "copied", "outside"),
            new KeyIdea("data kept out of the SQL text (injection)", "inject", "separat", "out of the sql", "part of the query", "as data", "drop table", "rewrite", "prepared statement", "parameterized", "parameterised", "placeholder", "bind"),
            new KeyIdea("what parameters cost", "cost", "no extra", "cheap", "effort", "query plan", "plan", "cache", "performance", "faster")),
        ["Think of an honest name with an apostrophe in it.", "Where else might this code's input come from, a year from now?"],
        """string? whyParameters = "Because an honest value like O'Brien breaks string-built SQL, inputs later come from less trusted places, and parameters cost nothing while keeping data out of the SQL text.";""");

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [MissingDirectors, ParseEuropean, BodyMassColumn, WhyParameters];
}
