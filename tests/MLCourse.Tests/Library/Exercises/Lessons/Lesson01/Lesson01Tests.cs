using Microsoft.Data.Analysis;
using MLCourse.Data;
using MLCourse.Exercises;

namespace MLCourse.Tests.Library.Exercises.Lessons.Lesson01;

using Lesson01 = MLCourse.Exercises.Lesson01;   // the lesson's exercises, not this folder's namespace

public sealed class Lesson01Tests
{
    [Fact]
    public void Missing_directors_counts_empty_text_and_names_the_LoadCsv_trap()
    {
        var loadCsv = DataFrame.LoadCsv(CourseData.PathOf("movies.csv"));   // the colleague's way: empty text stays ""

        Assert.Equal(0, loadCsv["Director"].NullCount);
        Assert.Equal(Outcome.Correct, Lesson01.MissingDirectors.Check(1331).Outcome);   // counted independently with Python's csv module: 1,331 of 3,201 rows have an empty Director
        Assert.Equal(Outcome.Correct, Lesson01.MissingDirectors.Check(loadCsv["Director"].Cast<string>().Count(string.IsNullOrEmpty)).Outcome);
        Assert.StartsWith("That is what NullCount says after DataFrame.LoadCsv", Lesson01.MissingDirectors.Check(loadCsv["Director"].NullCount).Message);
        Assert.Equal("That is the number of films, not of films without a director.", Lesson01.MissingDirectors.Check(3201).Message);
        Assert.Equal("That counts the films that have a director.", Lesson01.MissingDirectors.Check(3201 - 1331).Message);
    }

    [Fact]
    public void Parse_european_accepts_the_german_culture_and_rejects_the_invariant_one()
    {
        var german = System.Globalization.CultureInfo.GetCultureInfo("de-DE");

        Assert.Equal(Outcome.Correct, Lesson01.ParseEuropean.Check(t => double.Parse(t, german)).Outcome);
        var wrong = Lesson01.ParseEuropean.Check(t => double.Parse(t, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Outcome.Incorrect, wrong.Outcome);
        Assert.Equal("For the input \"3,75\" your function returned 375, which is not right.", wrong.Message);
    }

    private sealed record Reading(string Name, float Value);
    private sealed record FieldNote(int Id, string Species, List<Reading> Readings);

    private static List<FieldNote> Notes() =>
        System.Text.Json.JsonSerializer.Deserialize<List<FieldNote>>(Lesson01.FieldNotes, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;

    [Fact]
    public void Field_notes_hold_real_penguins_measurements()
    {
        var penguins = CourseData.LoadPenguins();
        float? Measured(int id, string column) => (float?)penguins[column][id - 1];   // the API's ids count the file's rows from 1
        var names = new Dictionary<string, string> { ["bodyMassG"] = "Body Mass (g)", ["flipperLengthMm"] = "Flipper Length (mm)", ["beakLengthMm"] = "Beak Length (mm)" };

        Assert.All(Notes(), note =>
        {
            Assert.Equal(note.Species, penguins["Species"][note.Id - 1]);
            Assert.All(note.Readings, r => Assert.Equal(Measured(note.Id, names[r.Name]), r.Value));
        });
    }

    [Fact]
    public void Body_mass_column_finds_readings_by_name_and_leaves_absent_ones_missing()
    {
        var notes = Notes();
        SingleDataFrameColumn Column(Func<FieldNote, float?> mass) => new("bodyMassG", notes.Select(mass));

        Assert.Equal(Outcome.Correct, Lesson01.BodyMassColumn.Check(Column(n => n.Readings.FirstOrDefault(r => r.Name == "bodyMassG")?.Value)).Outcome);
        Assert.StartsWith("A reading that was not taken is missing, not 0 g",
            Lesson01.BodyMassColumn.Check(Column(n => n.Readings.FirstOrDefault(r => r.Name == "bodyMassG")?.Value ?? 0)).Message);
        Assert.StartsWith("The readings come in no fixed order",
            Lesson01.BodyMassColumn.Check(Column(n => n.Readings.Count > 1 ? n.Readings[1].Value : null)).Message);   // the second reading, by position
        Assert.Equal("The column is named 'mass'; the exercise asks for a different name.",
            Lesson01.BodyMassColumn.Check(new SingleDataFrameColumn("mass", notes.Select(n => n.Readings.FirstOrDefault(r => r.Name == "bodyMassG")?.Value))).Message);
        Assert.Equal("Row 5 holds null, which is not right; rows before it are.",
            Lesson01.BodyMassColumn.Check(Column(n => n.Readings.Count > 1 ? n.Readings.FirstOrDefault(r => r.Name == "bodyMassG")?.Value : null)).Message);   // skipped single readings
    }

    [Fact]
    public void Why_parameters_is_submitted_with_the_key_ideas_it_touches_on()
    {
        var log = new ExerciseLog();
        Assert.Equal(Outcome.Incorrect, Lesson01.WhyParameters.Check("injection", log).Outcome);
        const string Text = "Because an honest name like O'Brien breaks pasted SQL, and inputs change over time: one day they come from outside.";
        var first = Lesson01.WhyParameters.Check(Text, log);
        Assert.Equal(Outcome.Submitted, first.Outcome);
        Assert.Equal("Your answer touches on an honest value that breaks pasted SQL and trust that changes over time; it does not yet touch on " +
            "data kept out of the SQL text (injection) and what parameters cost. " +
            "Revise it if you like and submit it again: a changed answer is shown a model answer to compare with.", first.Message);   // the first submission keeps the model answer back
        Assert.Equal(first.Message, Lesson01.WhyParameters.Check(Text, log).Message);   // the same text again: a rerun, not a revision
        var answer = Lesson01.WhyParameters.Check(Text + " That is why.", log);
        Assert.StartsWith("Your answer touches on an honest value that breaks pasted SQL and trust that changes over time; it does not yet touch on " +
            "data kept out of the SQL text (injection) and what parameters cost. Compare with a model answer: Trust is not the only risk", answer.Message);
        Assert.StartsWith("Your answer touches on data kept out of the SQL text (injection);",
            Lesson01.WhyParameters.Check("Use a prepared statement so that the value never becomes part of the command the database runs.").Message);
        var wrong = Lesson01.WhyParameters.Check("Our users are trusted employees who know the database well, so pasting values is fine.");
        Assert.Equal(Outcome.Submitted, wrong.Outcome);   // nothing is graded; it is credited with no idea, and the model answer teaches
        Assert.StartsWith("Your answer does not yet touch on an honest value that breaks pasted SQL, trust that changes over time,", wrong.Message);
    }
}
