using System.Text.Json.Nodes;
using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using MLCourse.Data;
using MLCourse.Exercises;
using MLCourse.Runner;

namespace MLCourse.Tests;

public sealed class CheckerTests
{
    [Fact]
    public void Number_accepts_within_tolerance_and_explains_known_mistakes_and_direction()
    {
        var check = Checks.Number(() => 10, tolerance: 0.5, (() => 344, "That is the number of rows."));

        Assert.True(check(10.4).Correct);
        Assert.Equal("That is the number of rows.", check(344).Message);
        Assert.Contains("too high", check(11).Message);
        Assert.Contains("too low", check(9).Message);
        Assert.DoesNotContain("10", check(9).Message.Replace("9", ""));   // never the expected value
    }

    [Fact]
    public void Function_runs_test_cases_and_turns_exceptions_into_feedback()
    {
        var check = Checks.Function<int, int>([(2, 4), (3, 9)], (a, b) => a == b);

        Assert.True(check(x => x * x).Correct);
        Assert.Equal("For the input 3 your function returned 6, which is not right.", check(x => x + x).Message);
        Assert.Equal("For the input 2 your function threw InvalidOperationException: nope", check(_ => throw new InvalidOperationException("nope")).Message);
    }

    [Fact]
    public void Column_checks_name_length_and_values_with_missing_values()
    {
        var check = Checks.Column(() => new SingleDataFrameColumn("mass", [1f, null, 3f]));

        Assert.True(check(new SingleDataFrameColumn("mass", [1f, null, 3f])).Correct);
        Assert.Contains("named 'weight'", check(new SingleDataFrameColumn("weight", [1f, null, 3f])).Message);
        Assert.Contains("has 2 values", check(new SingleDataFrameColumn("mass", [1f, null])).Message);
        Assert.Equal("Row 1 holds 0, which is not right; rows before it are.", check(new SingleDataFrameColumn("mass", [1f, 0f, 3f])).Message);
    }

    [Fact]
    public void Column_names_the_kind_of_value_and_recognises_a_known_mistake_whatever_its_name()
    {
        var check = Checks.Column(() => new BooleanDataFrameColumn("wet", [true, false, null]), 0,
            (() => new BooleanDataFrameColumn("today", [false, true, true]), "That is today's."));

        Assert.True(check(new BooleanDataFrameColumn("wet", [true, false, null])).Correct);
        Assert.Equal("The column holds Single values; the exercise asks for Boolean values.", check(new SingleDataFrameColumn("wet", [1f, 0f, null])).Message);
        Assert.Equal("That is today's.", check(new BooleanDataFrameColumn("wet", [false, true, true])).Message);
        Assert.Equal("Row 0 holds False, which is not right; rows before it are.", check(new BooleanDataFrameColumn("wet", [false, false, null])).Message);
        Assert.True(Checks.Column(() => new SingleDataFrameColumn("z", [1f]))(new DoubleDataFrameColumn("z", [1.0])).Correct);   // any kind of number will do
    }

    [Fact]
    public void Score_judges_any_answer_against_a_bar_and_shows_its_failure()
    {
        var check = Checks.Score<Func<int, int>>(f => f(2), threshold: 4, "value", failure: "The rule failed ({0}).");

        Assert.Equal("Its value on held-out data is 4.000.", check(x => x * x).Message);
        Assert.Equal("Its value on held-out data is 3.000; the exercise asks for at least 4.00.", check(x => x + 1).Message);
        Assert.Equal("The rule failed (DivideByZeroException: Attempted to divide by zero.).", check(x => x / (x - 2)).Message);
        Assert.Equal("not a label", check(_ => throw new ModelRejectedException("not a label")).Message);
    }

    [Fact]
    public void Waiting_explains_which_answer_a_cell_needs_and_records_nothing()
    {
        var before = ExerciseLog.Current.Read().GetValueOrDefault("09.5");

        var waiting = Lesson09.ForecastModel.Waiting();

        Assert.Equal(Outcome.NotAttempted, waiting.Outcome);
        Assert.Equal("This cell builds on your answer to \"a forecast model\": answer it above, then run this cell again.", waiting.Message);
        Assert.Equal(before, ExerciseLog.Current.Read().GetValueOrDefault("09.5"));
    }

    [Fact]
    public void Model_is_judged_by_its_score_on_held_out_data()
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Transforms.CopyColumns("b", "a").Fit(ml.Data.LoadFromEnumerable(new[] { new { a = 1f } }));

        Assert.True(Checks.Model(_ => 0.96, 0.95, "accuracy")(model).Correct);
        Assert.Equal("Its accuracy on held-out data is 0.900; the exercise asks for at least 0.95.", Checks.Model(_ => 0.9, 0.95, "accuracy")(model).Message);
        Assert.Contains("could not score the held-out data (ArgumentException: no Features column)",
            Checks.Model(_ => throw new ArgumentException("no Features column"), 0.95, "accuracy")(model).Message);
    }

    [Fact]
    public void Text_ignores_case_and_spaces_and_lists_the_choices_for_an_answer_outside_them()
    {
        var check = Checks.Text("Beak Length (mm)", ["Beak Length (mm)", "Body Mass (g)"], ("Body Mass (g)", "Mass does not separate them."));

        Assert.True(check("  beak length (MM) ").Correct);
        Assert.Equal("Mass does not separate them.", check("Body Mass (g)").Message);
        Assert.Equal("\"beak\" is not one of the possible answers: \"Beak Length (mm)\", \"Body Mass (g)\".", check("beak").Message);
        Assert.False(Checks.Text("sun")("rain").Correct);
    }

    [Fact]
    public void Sequence_tells_wrong_order_from_wrong_items_and_names_known_mistakes()
    {
        var check = Checks.Sequence<int>(() => [11, 12, 3], (() => [7, 8, 6], "Those are the driest."));

        Assert.True(check([11, 12, 3]).Correct);
        Assert.Equal("Those are the driest.", check([7, 8, 6]).Message);
        Assert.Equal("Those are the right items, but not in the right order.", check([3, 11, 12]).Message);
        Assert.Equal("Item 2 (1) is not right; the items before it are.", check([11, 1, 3]).Message);
        Assert.Equal("Your answer has 2 items; the exercise asks for 3.", check([11, 12]).Message);
        Assert.Equal("Your answer has 1 item; the exercise asks for 3.", check([11]).Message);
    }

    [Fact]
    public void Selection_ignores_order_and_says_only_how_many_items_are_classified_wrongly()
    {
        var check = Checks.Selection<string>(["a", "b", "c", "d", "e"], () => ["b", "c", "e"], "steps", (() => ["a", "b", "c"], "The first three is a guess."));

        Assert.True(check(["e", "b", "c"]).Correct);
        Assert.Equal("The first three is a guess.", check(["a", "b", "c"]).Message);
        Assert.Equal("1 of the 5 steps is classified wrongly (in your answer by mistake, or left out of it by mistake). Try Hint() if you are stuck.", check(["b", "c"]).Message);
        Assert.Equal("1 of the 5 steps is classified wrongly (in your answer by mistake, or left out of it by mistake). Try Hint() if you are stuck.", check(["b", "c", "d", "e"]).Message);
        Assert.StartsWith("4 of the 5 steps are classified wrongly", check(["a", "b", "d"]).Message);
        Assert.Equal("\"f\" is not one of the 5 steps: \"a\", \"b\", \"c\", \"d\", \"e\".", check(["b", "f"]).Message);
    }

    [Fact]
    public void Model_can_ask_for_a_low_error_and_pass_on_a_scorer_s_own_rejection()
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Transforms.CopyColumns("b", "a").Fit(ml.Data.LoadFromEnumerable(new[] { new { a = 1f } }));

        Assert.True(Checks.Model(_ => 2.5, 2.9, "MAE", higherIsBetter: false)(model).Correct);
        Assert.Equal("Its MAE on held-out data is 3.100; the exercise asks for at most 2.90.", Checks.Model(_ => 3.1, 2.9, "MAE", higherIsBetter: false)(model).Message);
        Assert.Equal("Wrong kind.", Checks.Model(_ => throw new ModelRejectedException("Wrong kind."), 2.9, "MAE")(model).Message);
    }

    [Fact]
    public void Reflection_is_submitted_not_correct_and_shows_the_model_answer()
    {
        var check = Checks.Reflection(5, "Shuffled data hides the order of the days.");

        Assert.Equal("Write at least 5 words; you wrote 2.", check("too short").Message);
        var submitted = check("The order of the days matters, so a shuffle would hide it.");
        Assert.Equal(Outcome.Submitted, submitted.Outcome);
        Assert.False(submitted.Correct);
        Assert.Equal("Compare with a model answer: Shuffled data hides the order of the days.", submitted.Message);
    }

    [Fact]
    public void Reflection_without_key_ideas_submits_any_real_text_and_lets_the_model_answer_teach()
    {
        var check = Checks.Reflection(5, "Shuffled data hides the order of the days.");

        var unrelated = check("I like penguins and their lovely black feathers very much.");
        Assert.Equal(Outcome.Submitted, unrelated.Outcome);
        Assert.Equal("Compare with a model answer: Shuffled data hides the order of the days.", unrelated.Message);
    }

    [Fact]
    public void Reflection_rejects_a_repeated_sentence_and_a_text_of_few_different_words()
    {
        var check = Checks.Reflection(12, "A third factor, the size of the bird, drives both.", new KeyIdea("a third factor", "third factor", "size"));

        var repeated = check(string.Join(" ", Enumerable.Repeat("Size drives both of them.", 5)));
        Assert.Equal(Outcome.Incorrect, repeated.Outcome);
        Assert.Equal("Your answer says \"size drives both of them\" 5 times. Say each point once, and give your reasons in your own words.", repeated.Message);
        var monotonous = check("size size size size size size size size size size size size");
        Assert.Equal("Your answer uses only 1 different word. Give your reasons in your own words.", monotonous.Message);
    }

    [Fact]
    public void Reflection_names_the_key_ideas_touched_on_and_those_not_yet_touched_on_without_a_grade()
    {
        var check = Checks.Reflection(8, "Model.",
            new KeyIdea("a third factor", "third factor", "confound", "size"),
            new KeyIdea("correlation is not causation", "caus"),
            new KeyIdea("what an experiment would show", "experiment", "interven"));

        var partial = check("Correlation is not causation: the bird's size could drive both of them.");
        Assert.Equal(Outcome.Submitted, partial.Outcome);
        Assert.Equal("Your answer touches on a third factor and correlation is not causation; it does not yet touch on what an experiment would show. " +
            "Compare with a model answer: Model.", partial.Message);
        Assert.Equal("Your answer touches on a third factor, correlation is not causation and what an experiment would show. Compare with a model answer: Model.",
            check("A confounder causes both; only an intervention, an experiment on flippers, would tell.").Message);
        // Word lists cannot grade: a text that touches on no idea is still submitted, and the model answer teaches.
        var offTopic = check("Penguins live in the Antarctic and eat krill, fish and squid all year.");
        Assert.Equal(Outcome.Submitted, offTopic.Outcome);
        Assert.Equal("Your answer does not yet touch on a third factor, correlation is not causation and what an experiment would show. " +
            "Compare with a model answer: Model.", offTopic.Message);
    }

    [Fact]
    public void Reflection_refuses_a_minimum_below_one_word_and_an_empty_model_answer()
    {
        Assert.StartsWith("Expected at least 1 word; found 0.", Assert.Throws<ArgumentOutOfRangeException>(() => Checks.Reflection(0, "Model.")).Message);
        Assert.StartsWith("Expected a model answer to show after a submission; found an empty one.", Assert.Throws<ArgumentException>(() => Checks.Reflection(5, " ")).Message);
    }
}

public sealed class KeyIdeaTests
{
    [Fact]
    public void A_word_matches_the_beginning_of_a_word_in_any_case_and_a_phrase_its_words_in_order()
    {
        var idea = new KeyIdea("a third factor", "caus", "third factor", "O’Brien");

        Assert.True(idea.IsMentionedIn("CAUSATION is not shown."));
        Assert.True(idea.IsMentionedIn("A third\nfactor, maybe."));
        Assert.True(idea.IsMentionedIn("names like o'brien break it"));
        Assert.False(idea.IsMentionedIn("because it is not clear"));   // "caus" inside a word does not count
        Assert.False(idea.IsMentionedIn("a factor, the third"));
    }

    [Fact]
    public void An_idea_needs_a_name_and_a_word_that_can_match()
    {
        Assert.StartsWith("Expected a name the learner can read; found an empty one.", Assert.Throws<ArgumentException>(() => new KeyIdea(" ", "caus")).Message);
        Assert.StartsWith("Expected at least one word or phrase that shows a text mentions the key idea \"cause\"; found none.",
            Assert.Throws<ArgumentException>(() => new KeyIdea("cause", "?!", "")).Message);
        Assert.StartsWith("Expected at least one word or phrase", Assert.Throws<ArgumentException>(() => new KeyIdea("cause")).Message);
    }
}

public sealed class ExerciseBehaviourTests
{
    private static Exercise<double?> Sample() =>
        new("99.1", "sample", Checks.Number(() => 42, 0), ["first hint", "second hint"], "double? answer = 42;");

    [Fact]
    public void Null_means_not_attempted()
    {
        var verdict = Sample().Check(null);

        Assert.Equal(Outcome.NotAttempted, verdict.Outcome);
        Assert.StartsWith("… Exercise 99.1: not attempted yet.", verdict.ToString());
    }

    [Fact]
    public void Hints_come_one_at_a_time_then_point_to_the_solution()
    {
        var exercise = Sample();

        Assert.Equal("Hint 1 of 2: first hint", exercise.Hint());
        Assert.Equal("Hint 2 of 2: second hint", exercise.Hint());
        Assert.StartsWith("No more hints.", exercise.Hint());
        Assert.Contains("double? answer = 42;", exercise.Solution());
    }

    [Fact]
    public void Each_check_is_recorded_in_the_log_it_is_given_and_solved_stays_solved()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("mlcourse-progress").FullName, "progress.json");
        var log = new ExerciseLog(file);
        var exercise = Sample();

        exercise.Check(42, log);
        exercise.Check(41, log);

        var entry = new ExerciseLog(file).Read()["99.1"];   // read back from the file
        Assert.Equal("Incorrect", entry.Last);
        Assert.True(entry.Solved);
    }

    [Fact]
    public void Without_the_setup_cell_checks_are_kept_in_memory_and_no_file_is_written()
    {
        var memory = new ExerciseLog();

        Sample().Check(42, memory);

        Assert.Null(memory.File);
        Assert.True(memory.Read()["99.1"].Solved);
        Assert.Null(ExerciseLog.Current.File);   // the tests never run Course.Start, so nothing they check reaches a learner's progress
    }

    [Fact]
    public void The_learner_s_log_is_the_runner_s_file_when_it_names_one_else_the_course_folder_s()
    {
        var course = new CourseFolders(Directory.CreateTempSubdirectory("mlcourse-course").FullName);
        var previous = Environment.GetEnvironmentVariable(ExerciseLog.ProgressVariable);
        try
        {
            Environment.SetEnvironmentVariable(ExerciseLog.ProgressVariable, null);
            Assert.Equal(Path.Combine(course.Root, ".course", "progress.json"), ExerciseLog.ForLearner(course).File);
            Assert.EndsWith(Path.Combine(".mlcourse", "progress.json"), ExerciseLog.ForLearner(null).File);

            var runnerFile = Path.Combine(course.Artifacts, "notebooks", "progress.json");
            Environment.SetEnvironmentVariable(ExerciseLog.ProgressVariable, runnerFile);
            Assert.Equal(runnerFile, ExerciseLog.ForLearner(course).File);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ExerciseLog.ProgressVariable, previous);
        }
    }

    [Fact]
    public void A_verdict_renders_as_a_coloured_box()
    {
        Assert.Contains("#1e8e3e", Sample().Check(42).ToHtml());
        Assert.Contains("#d93025", Sample().Check(41).ToHtml());
        Assert.Contains("#1a73e8", new Verdict("99.2", Outcome.Submitted, "Compare.").ToHtml());
        Assert.Equal("✎ Exercise 99.2: submitted. Compare.", new Verdict("99.2", Outcome.Submitted, "Compare.").ToString());
    }

    private static Exercise<string?> SampleReflection() =>
        new("99.3", "sample reflection", Checks.Reflection(5, "The order of the days matters."), ["a hint"], "string? answer = \"...\";");

    [Fact]
    public void A_reflection_is_known_as_one_and_is_recorded_as_submitted_never_solved()
    {
        var reflection = SampleReflection();
        var log = new ExerciseLog();

        Assert.True(reflection.IsReflection);
        Assert.False(Sample().IsReflection);
        Assert.Equal(Outcome.Submitted, reflection.Check("The order of the days matters for a forecast.", log).Outcome);
        reflection.Check("too short", log);

        var entry = log.Read()["99.3"];
        Assert.Equal("Incorrect", entry.Last);
        Assert.True(entry.Submitted);
        Assert.False(entry.Solved);
    }
}

public sealed class ProgressTests
{
    private static int Cell(DataFrame table, string lesson, string column) =>
        (int)table[column][Enumerable.Range(0, (int)table.Rows.Count).Single(r => (string)table["lesson"][r] == lesson)]!;

    [Fact]
    public void Reflections_are_counted_apart_from_the_exercises_that_are_solved()
    {
        var log = new ExerciseLog();
        Lesson01.WhyParameters.Check("A name such as O'Brien breaks pasted SQL, and a stolen account turns trusted input into an injection.", log);
        Lesson01.ParseEuropean.Check(t => double.Parse(t, System.Globalization.CultureInfo.GetCultureInfo("de-DE")), log);

        var table = Progress.Show(log);

        Assert.Equal(["lesson", "exercises", "solved", "reflections", "submitted", "attempted"], table.Columns.Select(c => c.Name));
        Assert.Equal((3, 1, 1, 1, 2), (Cell(table, "01", "exercises"), Cell(table, "01", "solved"), Cell(table, "01", "reflections"), Cell(table, "01", "submitted"), Cell(table, "01", "attempted")));
        Assert.Equal((0, 0), (Cell(table, "03", "solved"), Cell(table, "03", "submitted")));
    }

    [Fact]
    public void A_reflection_logged_as_solved_before_reflections_were_submitted_counts_as_submitted_not_solved()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("mlcourse-progress").FullName, "progress.json");
        File.WriteAllText(file, """{ "01.4": { "Last": "Correct", "Solved": true, "When": "2026-01-01T00:00:00Z" } }""");

        var table = Progress.Show(new ExerciseLog(file));

        Assert.Equal((0, 1), (Cell(table, "01", "solved"), Cell(table, "01", "submitted")));
    }

    [Fact]
    public void An_exercise_solved_then_checked_with_its_placeholder_still_counts_as_attempted()
    {
        var log = new ExerciseLog();
        Func<string, double> german = t => double.Parse(t, System.Globalization.CultureInfo.GetCultureInfo("de-DE"));
        Lesson01.ParseEuropean.Check(german, log);
        Lesson01.ParseEuropean.Check(null, log);   // the answer cell reset to its placeholder, and checked again
        Lesson01.WhyParameters.Check("A name such as O'Brien breaks pasted SQL, and a stolen account turns trusted input into an injection.", log);
        Lesson01.WhyParameters.Check(null, log);

        var table = Progress.Show(log);

        Assert.Equal(nameof(Outcome.NotAttempted), log.Read()["01.2"].Last);
        Assert.Equal((1, 1, 2), (Cell(table, "01", "solved"), Cell(table, "01", "submitted"), Cell(table, "01", "attempted")));
    }
}

public sealed class Lesson01ExerciseTests
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
        Assert.Equal(Outcome.Incorrect, Lesson01.WhyParameters.Check("injection").Outcome);
        var answer = Lesson01.WhyParameters.Check("Because an honest name like O'Brien breaks pasted SQL, and inputs change over time: one day they come from outside.");
        Assert.Equal(Outcome.Submitted, answer.Outcome);
        Assert.StartsWith("Your answer touches on an honest value that breaks pasted SQL and trust that changes over time; it does not yet touch on " +
            "data kept out of the SQL text (injection) and what parameters cost. Compare with a model answer: Trust is not the only risk", answer.Message);
        Assert.StartsWith("Your answer touches on data kept out of the SQL text (injection);",
            Lesson01.WhyParameters.Check("Use a prepared statement so that the value never becomes part of the command the database runs.").Message);
        var wrong = Lesson01.WhyParameters.Check("Our users are trusted employees who know the database well, so pasting values is fine.");
        Assert.Equal(Outcome.Submitted, wrong.Outcome);   // nothing is graded; it is credited with no idea, and the model answer teaches
        Assert.StartsWith("Your answer does not yet touch on an honest value that breaks pasted SQL, trust that changes over time,", wrong.Message);
    }
}

public sealed class ExerciseCatalogTests
{
    [Fact]
    public void Every_exercise_has_exactly_one_answer_cell_in_its_own_lesson_and_every_answer_cell_a_catalog_entry()
    {
        var cells = Repository.Lessons
            .SelectMany(l => ExecutedNotebook.ExerciseCells(JsonNode.Parse(File.ReadAllText(l.Path))!).Select(c => (Lesson: l.Number, c.Exercise)))
            .ToList();

        Assert.Equal(ExerciseCatalog.All.Select(e => e.Id).Order(), cells.Select(c => c.Exercise).Order());
        Assert.All(cells, c => Assert.StartsWith(c.Lesson + ".", c.Exercise));
    }

    public static TheoryData<string> LessonsFromOne() => new(Repository.Lessons.Where(l => int.Parse(l.Number) >= 1).Select(l => l.Name));

    /// <summary>Lessons from 01 on end with three to six exercises; in the capstone (09) the learner does most of the work, in six to eight.</summary>
    [Theory]
    [MemberData(nameof(LessonsFromOne))]
    public void Every_lesson_from_01_on_has_three_to_six_exercises_and_the_capstone_six_to_eight(string lesson)
    {
        var cells = ExecutedNotebook.ExerciseCells(JsonNode.Parse(File.ReadAllText(Repository.LessonNamed(lesson).Path))!);
        var (fewest, most) = Repository.LessonNamed(lesson).Number == "09" ? (6, 8) : (3, 6);

        Assert.InRange(cells.Count, fewest, most);
    }

    public static TheoryData<string> Reflections() => new(ExerciseCatalog.All.Where(e => e.IsReflection).Select(e => e.Id));

    /// <summary>A reflection's worked solution is a string literal: handed in, it is submitted and mentions every key idea.</summary>
    [Theory]
    [MemberData(nameof(Reflections))]
    public void Every_reflection_s_solution_is_submitted_and_mentions_all_its_key_ideas(string id)
    {
        var exercise = (Exercise<string?>)ExerciseCatalog.Find(id);
        var code = exercise.SolutionCode;
        var answer = code[(code.IndexOf('"') + 1)..code.LastIndexOf("\";", StringComparison.Ordinal)];

        var verdict = exercise.Check(answer);

        Assert.Equal(Outcome.Submitted, verdict.Outcome);
        Assert.StartsWith("Your answer touches on ", verdict.Message);
        Assert.DoesNotContain("does not yet touch on", verdict.Message);
    }

    [Fact]
    public void An_unknown_exercise_lists_the_ones_there_are()
    {
        var unknown = Assert.Throws<KeyNotFoundException>(() => ExerciseCatalog.Find("07.9")).Message;
        Assert.StartsWith("Expected the id of an exercise, one of 01.1, 01.2,", unknown);
        Assert.EndsWith("; found '07.9'. Ids are a lesson's number and the exercise's, as in 01.2.", unknown);
    }
}

public sealed class Lesson02ExerciseTests
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
}

public sealed class Lesson03ExerciseTests
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
        Assert.Equal(Outcome.Correct, Lesson03.BeakSeparation.Check(3.325).Outcome);      // the mean of the two variances: close enough
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

public sealed class Lesson04ExerciseTests
{
    private static readonly MLContext Ml = new(seed: 1);

    private static IEstimator<ITransformer> Classifier(IEstimator<ITransformer> trainer, bool centred, params string[] features) =>
        Ml.Transforms.Conversion.MapValueToKey("Label", "species")
            .Append(Ml.Transforms.Concatenate("Features", features))
            .Append(Ml.Transforms.NormalizeMeanVariance("Features", fixZero: !centred))
            .Append(trainer)
            .Append(Ml.Transforms.Conversion.MapKeyToValue("PredictedSpecies", "PredictedLabel"));

    [Fact]
    public void Baseline_accuracy_is_the_adelie_share_of_the_test_set()
    {
        // 30 of the 69 test penguins are Adelie (rounded 20% of 151): always "Adelie" has precision 30/69 and recall 1, so F1 = 2·30/(30 + 69) = 60/99,
        // and 0 for the two species it never answers: macro-F1 = 20/99. On the training set: 121 of 273, F1 = 242/394, macro-F1 = 242/1182.
        Assert.Equal(Outcome.Correct, Lesson04.BaselineMacroF1.Check(20.0 / 99).Outcome);
        Assert.StartsWith("That is the baseline's accuracy", Lesson04.BaselineMacroF1.Check(30.0 / 69).Message);
        Assert.StartsWith("That is the F1 of the species the baseline always answers", Lesson04.BaselineMacroF1.Check(60.0 / 99).Message);
        Assert.StartsWith("Give it as a number between 0 and 1", Lesson04.BaselineMacroF1.Check(2000.0 / 99).Message);
        Assert.StartsWith("That is its macro-F1 on the training set", Lesson04.BaselineMacroF1.Check(242.0 / 1182).Message);
        Assert.Equal(Outcome.Incorrect, Lesson04.BaselineMacroF1.Check(1.0 / 3).Outcome);
    }

    [Fact]
    public void Neighbour_vote_breaks_ties_by_the_nearest_neighbour()
    {
        Assert.Equal(Outcome.Correct, Lesson04.NeighbourVote.Check(l => l.GroupBy(x => x).OrderByDescending(g => g.Count()).First().Key).Outcome);
        Assert.Equal("For the input [\"Adelie\", \"Gentoo\", \"Gentoo\"] your function returned \"Adelie\", which is not right.",
            Lesson04.NeighbourVote.Check(l => l[0]).Message);
        Assert.Equal("For the input [\"Chinstrap\", \"Adelie\"] your function returned \"Adelie\", which is not right.",
            Lesson04.NeighbourVote.Check(l => l.GroupBy(x => x).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key).Message);
        Assert.Equal(Outcome.Incorrect, Lesson04.NeighbourVote.Check(l => l.GroupBy(x => x).OrderByDescending(g => g.Count()).Last().Key).Outcome);
    }

    [Fact]
    public void Beak_classifier_is_cross_validated_on_the_training_beaks_only()
    {
        // Measured on these folds: logistic regression on z-scored beaks 0.958, a linear SVM 0.944; the same logistic regression
        // on features scaled without centring (ML.NET's default) 0.872, beak length alone 0.761: the bar of 0.90 lies between.
        var logistic = Ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy();
        var right = Lesson04.BeakClassifier.Check(Classifier(logistic, centred: true, "beak_length_mm", "beak_depth_mm"));
        Assert.Equal(Outcome.Correct, right.Outcome);
        Assert.StartsWith("Its cross-validated accuracy on held-out data is 0.9", right.Message);
        var svm = Ml.MulticlassClassification.Trainers.OneVersusAll(Ml.BinaryClassification.Trainers.LinearSvm(numberOfIterations: 20));
        Assert.Equal(Outcome.Correct, Lesson04.BeakClassifier.Check(Classifier(svm, centred: true, "beak_length_mm", "beak_depth_mm")).Outcome);

        Assert.Contains("the exercise asks for at least 0.90", Lesson04.BeakClassifier.Check(Classifier(logistic, centred: false, "beak_length_mm", "beak_depth_mm")).Message);
        Assert.Contains("the exercise asks for at least 0.90", Lesson04.BeakClassifier.Check(Classifier(logistic, centred: true, "beak_length_mm")).Message);
        Assert.Equal("The pipeline needs a column the beak-only penguins do not have (Could not find input column 'flipper_length_mm'): " +
            "build the features from beak_length_mm and beak_depth_mm only.",
            Lesson04.BeakClassifier.Check(Classifier(logistic, centred: true, "beak_length_mm", "flipper_length_mm")).Message);
        var withoutSpecies = Ml.Transforms.Conversion.MapValueToKey("Label", "species")
            .Append(Ml.Transforms.Concatenate("Features", "beak_length_mm", "beak_depth_mm")).Append(logistic);
        Assert.StartsWith("The model's output has no PredictedSpecies column", Lesson04.BeakClassifier.Check(withoutSpecies).Message);
    }

    [Fact]
    public void Why_clusters_mix_wants_a_real_answer()
    {
        Assert.Equal(Outcome.Incorrect, Lesson04.WhyClustersMix.Check("no labels").Outcome);
        Assert.Equal(Outcome.Submitted, Lesson04.WhyClustersMix.Check("k-means sees only distances, and Adelie and Chinstrap overlap in three of four measurements, so it splits that cloud elsewhere.").Outcome);
    }
}

public sealed class Lesson05ExerciseTests
{
    private static readonly MLContext Ml = new(seed: 1);

    // The lessons' own split, rebuilt the way the checkers rebuild it.
    private static (IDataView Train, IDataView Test) Cars()
    {
        var split = LessonSplits.Cars();
        return (split.TrainSet, split.TestSet);
    }

    private static IEstimator<ITransformer> Regressor(IEstimator<ITransformer> trainer, bool squares, bool centred = true)
    {
        string[] features = ["Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "model_year"];
        IEstimator<ITransformer> start = squares
            ? Ml.Transforms.Expression("weight_squared", "w => w * w / 1000000", "Weight_in_lbs")
                .Append(Ml.Transforms.Expression("horsepower_squared", "h => h * h / 10000", "Horsepower"))
                .Append(Ml.Transforms.Expression("year_squared", "y => (y - 1976) * (y - 1976)", "model_year"))
            : Ml.Transforms.CopyColumns("origin_copy", "Origin");
        string[] all = squares ? [.. features, "weight_squared", "horsepower_squared", "year_squared"] : features;
        return start.Append(Ml.Transforms.Categorical.OneHotEncoding("OriginVector", "Origin"))
            .Append(Ml.Transforms.Concatenate("Features", [.. all, "OriginVector"]))
            .Append(Ml.Transforms.NormalizeMeanVariance("Features", fixZero: !centred))
            .Append(trainer);
    }

    private static IEstimator<ITransformer> Linear() => Ml.Regression.Trainers.Sdca(new Microsoft.ML.Trainers.SdcaRegressionTrainer.Options
        { LabelColumnName = "Miles_per_Gallon", NumberOfThreads = 1 });

    [Fact]
    public void Baseline_mae_uses_the_training_mean()
    {
        var (train, test) = Cars();
        var trainMean = train.GetColumn<float>("Miles_per_Gallon").Average(v => (double)v);
        var testValues = test.GetColumn<float>("Miles_per_Gallon").ToList();

        Assert.Equal(Outcome.Correct, Lesson05.BaselineMaeOfMean.Check(testValues.Average(v => Math.Abs(v - trainMean))).Outcome);
        Assert.StartsWith("That predicts the mean of the test cars", Lesson05.BaselineMaeOfMean.Check(testValues.Average(v => Math.Abs(v - testValues.Average()))).Message);
        var median = testValues.Order().ElementAt(testValues.Count / 2);
        Assert.Equal(Outcome.Incorrect, Lesson05.BaselineMaeOfMean.Check(testValues.Average(v => Math.Abs(v - median))).Outcome);
    }

    [Fact]
    public void Recall_is_not_precision_nor_accuracy_and_is_zero_without_positives()
    {
        Assert.Equal(Outcome.Correct, Lesson05.Recall.Check(p => p.Count(x => x.Actual) == 0 ? 0 : p.Count(x => x.Actual && x.Predicted) / (double)p.Count(x => x.Actual)).Outcome);
        Assert.Equal(Outcome.Incorrect, Lesson05.Recall.Check(p => p.Count(x => x.Actual && x.Predicted) / (double)p.Count(x => x.Predicted)).Outcome);   // precision
        Assert.Equal(Outcome.Incorrect, Lesson05.Recall.Check(p => p.Count(x => x.Actual == x.Predicted) / (double)p.Count).Outcome);   // accuracy
        Assert.Equal("For the input [(False, False), (False, True)] your function returned NaN, which is not right.",
            Lesson05.Recall.Check(p => p.Count(x => x.Actual && x.Predicted) / (double)p.Count(x => x.Actual)).Message);   // 0/0
    }

    [Fact]
    public void Engineered_linear_is_cross_validated_on_the_training_cars()
    {
        // Measured on these folds (lesson 05): least squares with the squares 2.15 MPG, without them 2.58; SDCA on centred
        // features reaches both within 1%, and on features scaled without centring stays near 2.77 even with the squares.
        var right = Lesson05.EngineeredLinear.Check(Regressor(Linear(), squares: true));
        Assert.Equal(Outcome.Correct, right.Outcome);
        Assert.StartsWith("Its cross-validated MAE (MPG) on held-out data is 2.1", right.Message);
        Assert.Contains("the exercise asks for at most 2.35", Lesson05.EngineeredLinear.Check(Regressor(Linear(), squares: false)).Message);
        Assert.Contains("the exercise asks for at most 2.35", Lesson05.EngineeredLinear.Check(Regressor(Linear(), squares: true, centred: false)).Message);
        var forest = Ml.Regression.Trainers.FastForest(labelColumnName: "Miles_per_Gallon");
        Assert.StartsWith("The pipeline's trainer produces FastForestRegressionModelParameters", Lesson05.EngineeredLinear.Check(Regressor(forest, squares: false)).Message);
        Assert.StartsWith("The pipeline has no trainer", Lesson05.EngineeredLinear.Check(Ml.Transforms.CopyColumns("b", "Origin")).Message);
    }

    [Fact]
    public void Engineered_linear_explains_features_computed_outside_the_pipeline()
    {
        var outside = Ml.Transforms.Concatenate("Features", "Weight_in_lbs", "weight_squared").Append(Linear());

        Assert.Equal("The pipeline needs a column the training cars do not have (Could not find input column 'weight_squared'): new cars arrive with " +
            "their original columns only, so compute new features inside the pipeline (ml.Transforms.Expression) and the model computes them too.",
            Lesson05.EngineeredLinear.Check(outside).Message);
    }

    [Fact]
    public void Why_best_is_optimistic_wants_a_real_answer()
    {
        Assert.Equal(Outcome.Incorrect, Lesson05.WhyBestIsOptimistic.Check("overfitting").Outcome);
        Assert.Equal(Outcome.Submitted, Lesson05.WhyBestIsOptimistic.Check("The best of 200 noisy test scores is partly luck, and the test set was used to choose, so it flatters; choose by cross-validation and test once.").Outcome);
    }
}

public sealed class Lesson06To08ExerciseTests
{
    private static int TrialsRun(double[] scores)
    {
        var best = double.PositiveInfinity;
        var since = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] < best) { best = scores[i]; since = 0; }
            else if (++since == 3) return i + 1;
        }
        return scores.Length;
    }

    [Fact]
    public void Trials_run_counts_equal_scores_as_no_improvement()
    {
        Assert.Equal(Outcome.Correct, Lesson06.TrialsRun.Check(TrialsRun).Outcome);
        Assert.Equal(Outcome.Incorrect, Lesson06.TrialsRun.Check(s => s.Length).Outcome);   // never stops
        Assert.Equal(Outcome.Incorrect, Lesson06.TrialsRun.Check(s =>                        // treats a tie as an improvement
        {
            var best = double.PositiveInfinity; var since = 0;
            for (var i = 0; i < s.Length; i++) { if (s[i] <= best) { best = s[i]; since = 0; } else if (++since == 3) return i + 1; }
            return s.Length;
        }).Outcome);
    }

    private static IEstimator<ITransformer> CarTrees(params string[] columns)
    {
        var ml = new MLContext(seed: 1);
        IEstimator<ITransformer> features = columns.Contains("Origin")
            ? ml.Transforms.Categorical.OneHotEncoding("OriginVector", "Origin").Append(ml.Transforms.Concatenate("Features", columns.Select(c => c == "Origin" ? "OriginVector" : c).ToArray()))
            : ml.Transforms.Concatenate("Features", columns);
        return features.Append(ml.Regression.Trainers.FastTree(new Microsoft.ML.Trainers.FastTree.FastTreeRegressionTrainer.Options
            { LabelColumnName = "Miles_per_Gallon", NumberOfLeaves = 4, LearningRate = 0.1, NumberOfTrees = 100, MinimumExampleCountPerLeaf = 5, NumberOfThreads = 1 }));
    }

    /// <summary>
    /// Measured on these folds (and on seven other fold seeds, for the spread): three columns with model_year give 2.08 to 2.29
    /// (2.02 to 2.35 over the other seeds), three without it 2.81 to 3.59 (2.62 at best); the bar, 2.45, lies between.
    /// </summary>
    [Fact]
    public void Lean_pipeline_needs_at_most_three_columns_and_is_cross_validated_on_the_training_cars()
    {
        var right = Lesson06.LeanPipeline.Check(CarTrees("Weight_in_lbs", "model_year", "Horsepower"));
        Assert.Equal(Outcome.Correct, right.Outcome);
        Assert.StartsWith("Its MAE (MPG) cross-validated on the training cars (5 folds of the checker's own) is 2.1", right.Message);
        Assert.Equal(Outcome.Correct, Lesson06.LeanPipeline.Check(CarTrees("Weight_in_lbs", "model_year", "Origin")).Outcome);

        var correlated = Lesson06.LeanPipeline.Check(CarTrees("Weight_in_lbs", "Horsepower", "Displacement"));   // lesson 03's strongest correlations
        Assert.Equal(Outcome.Incorrect, correlated.Outcome);
        Assert.EndsWith("; the exercise asks for at most 2.45.", correlated.Message);
        Assert.Equal("Your pipeline needs 7 of the car's columns (Cylinders, Displacement, Horsepower, Weight_in_lbs, Acceleration, Origin, model_year); " +
            "the exercise asks for at most 3. A column counts as soon as the pipeline reads it, even if the model gives it no weight: concatenate (and encode) only the columns you keep.",
            Lesson06.LeanPipeline.Check(CarTrees("Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "model_year", "Origin")).Message);
        var ml = new MLContext(seed: 1);
        Assert.StartsWith("The pipeline's output has no Score column", Lesson06.LeanPipeline.Check(ml.Transforms.Concatenate("Features", "Weight_in_lbs")).Message);
        Assert.StartsWith("The pipeline could not be fitted and cross-validated on the training cars (5 folds of the checker's own) (ArgumentOutOfRangeException",
            Lesson06.LeanPipeline.Check(ml.Transforms.Concatenate("Features", "weight")).Message);
    }

    [Fact]
    public void P99_is_the_nearest_rank_percentile_and_matches_latency()
    {
        Assert.Equal(Outcome.Correct, Lesson07.P99.Check(v => MLCourse.Deployment.Latency.Percentile(v, 99)).Outcome);
        Assert.Equal(Outcome.Incorrect, Lesson07.P99.Check(v => v.Order().ToArray()[(int)Math.Floor(0.99 * v.Length) - 1]).Outcome);   // off by one rank
        Assert.Equal(Outcome.Incorrect, Lesson07.P99.Check(v => v.Max()).Outcome);
        Assert.Equal(Outcome.Incorrect, Lesson07.P99.Check(v => v[(int)Math.Ceiling(0.99 * v.Length) - 1]).Outcome);   // forgot to sort
        Assert.Contains("threw IndexOutOfRangeException", Lesson07.P99.Check(v => v.Order().ToArray()[v.Length]).Message);
    }

    /// <summary>07.2's answer is not taken on trust: each step is fitted on lesson 07's training cars and exported here.</summary>
    [Fact]
    public void Blocked_steps_are_the_ones_that_really_fail_to_export()
    {
        var ml = new MLContext(seed: 1);
        string[] features = ["Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "model_year"];
        var cars = LessonSplits.Cars().TrainSet;
        var all = cars.ToDataFrame(-1);
        IDataView lessonData = new DataFrame(features.Append("Origin").Append("Miles_per_Gallon").Select(name => all[name]));   // lesson 07's columns, without the Year dates ONNX cannot take
        var steps = new (string Step, IEstimator<ITransformer> Estimator)[]
        {
            ("NormalizeRobustScaling", ml.Transforms.NormalizeRobustScaling("Horsepower")),
            ("NormalizeLogMeanVariance", ml.Transforms.NormalizeLogMeanVariance("Weight_in_lbs")),
            ("NormalizeBinning", ml.Transforms.NormalizeBinning("Displacement")),
            ("FastTreeTweedie", ml.Transforms.Concatenate("Features", features).Append(ml.Regression.Trainers.FastTreeTweedie("Miles_per_Gallon"))),
            ("Gam", ml.Transforms.Concatenate("Features", features).Append(ml.Regression.Trainers.Gam("Miles_per_Gallon"))),
        };
        bool Exports(IEstimator<ITransformer> estimator)
        {
            try
            {
                using var stream = new MemoryStream();
                ml.Model.ConvertToOnnx(estimator.Fit(lessonData), lessonData, stream);
                return true;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }
        var failing = steps.Where(s => !Exports(s.Estimator)).Select(s => s.Step).ToList();

        Assert.Equal(["NormalizeLogMeanVariance", "NormalizeBinning", "Gam"], failing);
        Assert.Equal(Outcome.Correct, Lesson07.BlockedSteps.Check(failing).Outcome);
        Assert.StartsWith("Not every normalizer fails", Lesson07.BlockedSteps.Check(["NormalizeRobustScaling", "NormalizeLogMeanVariance", "NormalizeBinning"]).Message);
        Assert.Equal("Some of them do fail: try each of the five with TryExport.", Lesson07.BlockedSteps.Check([]).Message);
        Assert.Equal(Outcome.Correct, Lesson07.BlockedSteps.Check(["Gam", "NormalizeBinning", "NormalizeLogMeanVariance"]).Outcome);   // any order
        // A wrong answer learns only how many steps are on the wrong side, not which, nor how many fail.
        Assert.Equal("1 of the 5 steps is classified wrongly (in your answer by mistake, or left out of it by mistake). Try Hint() if you are stuck.",
            Lesson07.BlockedSteps.Check(["NormalizeLogMeanVariance", "Gam"]).Message);
        Assert.StartsWith("2 of the 5 steps are classified wrongly", Lesson07.BlockedSteps.Check(["NormalizeLogMeanVariance", "NormalizeBinning", "FastTreeTweedie", "Gam", "NormalizeRobustScaling"]).Message);
        Assert.StartsWith("\"Expression\" is not one of the 5 steps: \"NormalizeRobustScaling\",", Lesson07.BlockedSteps.Check(["Expression"]).Message);   // the step section 5 already showed
    }

    /// <summary>Lesson 08's model: the preparation and the boosted trees, fitted on the training cars.</summary>
    private static ITransformer Lesson08Model()
    {
        var ml = new MLContext(seed: 1);
        var train = LessonSplits.Cars().TrainSet;
        string[] features = ["Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "model_year"];
        return ml.Transforms.Categorical.OneHotEncoding("OriginVector", "Origin")
            .Append(ml.Transforms.Concatenate("Features", [.. features, "OriginVector"]))
            .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))
            .Append(ml.Regression.Trainers.FastTree(new Microsoft.ML.Trainers.FastTree.FastTreeRegressionTrainer.Options
                { LabelColumnName = "Miles_per_Gallon", NumberOfLeaves = 4, LearningRate = 0.1, NumberOfTrees = 100, MinimumExampleCountPerLeaf = 5, NumberOfThreads = 1 }))
            .Fit(train);
    }

    /// <summary>The mean growth of the model's MAE on <paramref name="cars"/> when <paramref name="columns"/> are shuffled, together or each with its own order.</summary>
    private static double ShuffledGrowth(ITransformer model, DataFrame cars, string[] columns, int repeats, int seed, bool together = true)
    {
        var ml = new MLContext(seed: 1);
        double Mae(DataFrame d) => ml.Regression.Evaluate(model.Transform(d), "Miles_per_Gallon").MeanAbsoluteError;
        var random = new Random(seed);
        long[] Order()
        {
            var order = Enumerable.Range(0, (int)cars.Rows.Count).Select(i => (long)i).ToArray();
            random.Shuffle(order);
            return order;
        }
        var baseline = Mae(cars);
        return Enumerable.Range(0, repeats).Select(_ =>
        {
            var shuffled = cars.Clone();
            var order = Order();
            foreach (var column in columns)
                shuffled.Columns[column] = cars[column].Clone(new Int64DataFrameColumn("order", together ? order : Order()));
            return Mae(shuffled) - baseline;
        }).Average();
    }

    /// <summary>The checker's values are pinned constants (FastTree is not the helper library's): they are measured again here.</summary>
    [Fact]
    public void Engine_importance_is_the_growth_when_the_four_columns_are_shuffled_together()
    {
        var model = Lesson08Model();
        var (train, test) = (LessonSplits.Cars().TrainSet.ToDataFrame(-1), LessonSplits.Cars().TestSet.ToDataFrame(-1));
        string[] engine = ["Cylinders", "Displacement", "Horsepower", "Weight_in_lbs"];

        Assert.InRange(ShuffledGrowth(model, test, engine, 300, 99) - Lesson08.EngineGroupImportance, -0.05, 0.05);
        Assert.InRange(engine.Sum(c => ShuffledGrowth(model, test, [c], 300, 1)) - Lesson08.EngineColumnsOneAtATime, -0.05, 0.05);
        Assert.InRange(ShuffledGrowth(model, test, engine, 300, 99, together: false) - Lesson08.EngineColumnsEachShuffled, -0.05, 0.05);
        Assert.InRange(ShuffledGrowth(model, train, engine, 300, 99) - Lesson08.EngineGroupOnTrainingCars, -0.05, 0.05);
        Assert.InRange(new MLContext().Regression.Evaluate(model.Transform(test), "Miles_per_Gallon").MeanAbsoluteError - Lesson08.TestMae, -0.005, 0.005);

        foreach (var seed in new[] { 1, 2, 3, 4, 5 })   // the solution's way: 50 shuffles pass whatever the seed
            Assert.Equal(Outcome.Correct, Lesson08.EngineImportance.Check(ShuffledGrowth(model, test, engine, 50, seed)).Outcome);
        Assert.StartsWith("That is about what the four columns are worth one at a time", Lesson08.EngineImportance.Check(ShuffledGrowth(model, test, engine, 50, 1, together: false)).Message);
        Assert.StartsWith("That is about what the four columns are worth one at a time", Lesson08.EngineImportance.Check(4.2).Message);
        Assert.StartsWith("That is measured on the training cars", Lesson08.EngineImportance.Check(ShuffledGrowth(model, train, engine, 50, 1)).Message);
        Assert.StartsWith("That is the MAE after shuffling", Lesson08.EngineImportance.Check(7.3).Message);
    }

    private static IEstimator<ITransformer> PenguinClassifier(params string[] features)
    {
        var ml = new MLContext(seed: 1);
        return ml.Transforms.Conversion.MapValueToKey("Label", "species")
            .Append(ml.Transforms.Categorical.OneHotEncoding("band", "band_colour"))
            .Append(ml.Transforms.Concatenate("Features", features))
            .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(l1Regularization: 0, l2Regularization: 0.01f))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedSpecies", "PredictedLabel"));
    }

    /// <summary>
    /// Measured on the checker's five splits, with z-scores that centre (fixZero: false): flipper length and body mass reach
    /// 0.789, all four measurements 0.985. Measured before, with ML.NET's default scaling: flipper length and body mass 0.785
    /// (0.727 to 0.836 per split), beak depth and body mass 0.800, beak length alone 0.742; with beak length and another
    /// measurement 0.945 to 0.985, boosted trees on all four 0.956. The bar, 0.90, lies between. Models that use the band change their predictions when
    /// only the bands change (18 to 184 of 275 held-out predictions over the five splits), models without it never do.
    /// </summary>
    [Fact]
    public void Robust_model_needs_real_measurements_and_must_not_lean_on_the_band()
    {
        var right = Lesson08.RobustModel.Check(PenguinClassifier("beak_length_mm", "beak_depth_mm", "flipper_length_mm", "body_mass_g"));
        Assert.Equal(Outcome.Correct, right.Outcome);
        Assert.Equal("Its accuracy with next season's random bands cross-validated on the banded training penguins (5 splits of the checker's own) is 0.985.", right.Message);
        Assert.Equal(Outcome.Correct, Lesson08.RobustModel.Check(PenguinClassifier("beak_length_mm", "flipper_length_mm")).Outcome);

        Assert.EndsWith("is 0.789; the exercise asks for at least 0.90.", Lesson08.RobustModel.Check(PenguinClassifier("flipper_length_mm", "body_mass_g")).Message);
        Assert.StartsWith("Your model's predictions change when only the band colours change",
            Lesson08.RobustModel.Check(PenguinClassifier("beak_length_mm", "beak_depth_mm", "flipper_length_mm", "body_mass_g", "band")).Message);
        var ml = new MLContext(seed: 1);
        var noSpecies = ml.Transforms.Conversion.MapValueToKey("Label", "species").Append(ml.Transforms.Concatenate("Features", "beak_length_mm"))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy());
        Assert.StartsWith("The model's output has no PredictedSpecies column", Lesson08.RobustModel.Check(noSpecies).Message);
    }

    [Theory]
    [InlineData("02.4", "The held-out rows play the part of data the model has never met; a scaler fitted on them peeks at their mean and spread, so the evaluation comes out inflated.")]
    [InlineData("04.4", "The algorithm is never told which bird is which; it only groups by closeness across the four z-scores, where the two species overlap, and a poor start can end in a local optimum.")]
    [InlineData("05.4", "With 200 tries, the top result is partly luck on those particular rows, and the test rows were spent on picking; pick with cross-validation and keep a fresh test set for one final score.")]
    [InlineData("06.3", "It cannot choose the metric that matches the cost of our errors, and it cannot see leakage such as a normalizer fitted on the test rows.")]
    [InlineData("07.3", "One request in a hundred waits that long, and at thousands of requests per second many users see it every second; timeouts follow the tail.")]
    [InlineData("08.3", "In the data the band really predicts the species; only knowing how the bands were handed out, domain knowledge, says it will not hold next season.")]
    public void Reflections_of_lessons_02_04_05_and_06_to_08_are_submitted_when_real_and_refused_when_short_or_repeated(string id, string answer)
    {
        var exercise = (Exercise<string?>)ExerciseCatalog.Find(id);

        Assert.Equal(Outcome.Submitted, exercise.Check(answer).Outcome);
        Assert.Equal(Outcome.Incorrect, exercise.Check("it depends").Outcome);
        Assert.Equal(Outcome.Incorrect, exercise.Check(string.Join(" ", Enumerable.Repeat("The model is good and useful.", 4))).Outcome);
        var offTopic = exercise.Check("My favourite penguins are the Gentoos: they dive deep and eat krill near the southern islands.");
        Assert.Equal(Outcome.Submitted, offTopic.Outcome);
        Assert.StartsWith("Your answer does not yet touch on ", offTopic.Message);
        // Everyday words that any answer uses are no longer read as ideas.
        Assert.StartsWith("Your answer does not yet touch on ",
            exercise.Check("Users would only wait and change their date when the problem works out wrong in the field, and the error calls for random work.").Message);
    }
}

public sealed class Lesson09ExerciseTests
{
    private static readonly MLContext Ml = new(seed: 1);

    /// <summary>The forecast table's training part, built as the lesson builds it (with the right label).</summary>
    private static DataFrame ForecastTrain()
    {
        var days = CourseData.LoadSeattleWeather();
        days.Columns.Add(Lesson09.WetDay(days));
        return MLCourse.Evaluation.TimeSplit.Before(days.Filter(days["rain_tomorrow"].ElementwiseIsNotNull()), "date", new DateTime(2015, 1, 1)).Train;
    }

    private static IEstimator<ITransformer> ForecastPipeline(params string[] features) =>
        Ml.Transforms.Concatenate("Features", features)
            .Append(Ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))
            .Append(Ml.BinaryClassification.Trainers.LbfgsLogisticRegression(labelColumnName: "rain_tomorrow"));

    private static ITransformer Forecast(params string[] features) => ForecastPipeline(features).Fit(ForecastTrain());

    private static readonly string[] Measurements = ["precipitation", "temp_max", "temp_min", "wind"];

    [Fact]
    public void Baseline_is_2015s_share_of_the_training_years_most_common_label()
    {
        Assert.Equal(Outcome.Correct, Lesson09.BaselineAccuracy.Check(144.0 / 365).Outcome);   // rain leads 2012-2014 (497 days); 2015 has 144 rainy days
        Assert.StartsWith("That is how often 2015's own most common label occurs", Lesson09.BaselineAccuracy.Check(162.0 / 365).Message);   // sun, in 2015
        Assert.StartsWith("That is the label's share of the training days", Lesson09.BaselineAccuracy.Check(497.0 / 1096).Message);
        Assert.StartsWith("Give it as a share", Lesson09.BaselineAccuracy.Check(100.0 * 144 / 365).Message);
        Assert.StartsWith("That would be right if the five labels were equally common", Lesson09.BaselineAccuracy.Check(0.2).Message);
    }

    /// <summary>The rule is scored on the training years (2015 has no 0 mm rain days, so it scores higher there: 0.838).</summary>
    [Fact]
    public void Rule_must_answer_with_labels_and_reach_the_bar_on_the_training_days()
    {
        Assert.Equal("Its accuracy on the training days (2012 to 2014) is 0.849.", Lesson09.Rule.Check(p => p > 0 ? "rain" : "sun").Message);   // 931 of 1,096 days, counted with pandas
        Assert.Contains("asks for at least 0.80", Lesson09.Rule.Check(p => p > 0 ? "snow" : "sun").Message);
        Assert.Contains("asks for at least 0.80", Lesson09.Rule.Check(_ => "rain").Message);
        Assert.Equal("For 0 mm your rule answered \"Sun\", which is not a label. The labels are: drizzle, fog, rain, snow, sun.",
            Lesson09.Rule.Check(p => p > 0 ? "rain" : "Sun").Message);
        Assert.Contains("threw an exception on a training day (InvalidOperationException", Lesson09.Rule.Check(_ => throw new InvalidOperationException("no")).Message);
    }

    /// <summary>2015: 52 fog days, all missed, of 59 wrong predictions (the other 7 are the drizzle days; counted with Python's csv module: 2015's 144 wet days are exactly its rain days, so the classifier is the sign rule); the matrix is rebuilt by the checker.</summary>
    [Fact]
    public void Fog_share_of_errors_is_a_share_of_the_wrong_predictions()
    {
        var ml = new MLContext(seed: 1);
        var (train, test) = MLCourse.Evaluation.TimeSplit.Before(CourseData.LoadSeattleWeather(), "date", new DateTime(2015, 1, 1));
        var report = MLCourse.Evaluation.ClassificationReport.From(ml.Transforms.Conversion.MapValueToKey("Label", "weather")
            .Append(ml.Transforms.Concatenate("Features", "precipitation", "temp_max", "temp_min", "wind"))
            .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(l1Regularization: 0, l2Regularization: 0.01f))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedWeather", "PredictedLabel"))
            .Fit(train).Transform(test), "weather", "PredictedWeather");
        var fog = report.Classes.ToList().IndexOf("fog");
        var wrong = Enumerable.Range(0, report.Classes.Count).Sum(r => report.ConfusionMatrix[r].Sum() - report.ConfusionMatrix[r][r]);
        var fogWrong = report.ConfusionMatrix[fog].Sum() - report.ConfusionMatrix[fog][fog];

        Assert.Equal(52, fogWrong);
        Assert.Equal(59, wrong);
        Assert.Equal(Outcome.Correct, Lesson09.FogShareOfErrors.Check(fogWrong / (double)wrong).Outcome);
        Assert.StartsWith("That is a share of all the 2015 days", Lesson09.FogShareOfErrors.Check(52.0 / 365).Message);
        Assert.StartsWith("That is the share of the fog days that were missed", Lesson09.FogShareOfErrors.Check(1.0).Message);
        Assert.StartsWith("That counts the days predicted as fog", Lesson09.FogShareOfErrors.Check(0.0).Message);
        Assert.Equal("Give it as a share between 0 and 1.", Lesson09.FogShareOfErrors.Check(100.0 * fogWrong / wrong).Message);
    }

    [Fact]
    public void Rain_tomorrow_looks_one_day_ahead_at_the_precipitation()
    {
        var days = CourseData.LoadSeattleWeather();
        var precipitation = days["precipitation"].Cast<float?>().ToList();
        BooleanDataFrameColumn Shifted(int ahead) => new("rain_tomorrow", precipitation.Select((_, d) => d + ahead >= 0 && d + ahead < precipitation.Count ? precipitation[d + ahead] > 0 : (bool?)null));

        Assert.Equal(Outcome.Correct, Lesson09.RainTomorrow.Check(Shifted(1)).Outcome);
        Assert.StartsWith("That is whether it rained today", Lesson09.RainTomorrow.Check(Shifted(0)).Message);
        Assert.StartsWith("That looks one day back", Lesson09.RainTomorrow.Check(Shifted(-1)).Message);
        var labels = days["weather"].Cast<string>().ToList();
        Assert.StartsWith("That uses tomorrow's weather label", Lesson09.RainTomorrow.Check(
            new BooleanDataFrameColumn("rain_tomorrow", labels.Select((_, d) => d + 1 < labels.Count ? labels[d + 1] == "rain" : (bool?)null))).Message);
        Assert.Contains("rows before it are", Lesson09.RainTomorrow.Check(Shifted(2)).Message);
        Assert.Contains("has 1460 values", Lesson09.RainTomorrow.Check(new BooleanDataFrameColumn("rain_tomorrow", Shifted(1).Take(1460))).Message);
    }

    /// <summary>
    /// Leaving one training year out at a time, measured for the bar (and its 95% bootstrap interval over days against precipitation
    /// alone): one measurement 0.578 to 0.744 (precipitation), two 0.718 to 0.754, default boosted trees 0.721; all four measurements
    /// with a logistic regression 0.767 (+0.024 over precipitation alone, [0.000, 0.045]), with other settings or trainers 0.765 to 0.779.
    /// The bar, 0.755, lies in the gap, which is narrow: the training years are less separable than 2015 (the solution reaches 0.772 there).
    /// </summary>
    [Fact]
    public void Forecast_pipeline_is_cross_validated_on_the_training_years_and_may_not_read_tomorrow()
    {
        var right = Lesson09.ForecastModel.Check(ForecastPipeline(Measurements));
        Assert.Equal(Outcome.Correct, right.Outcome);
        Assert.Equal("Its area under the ROC curve cross-validated on the training years (each year held out in turn) is 0.767.", right.Message);
        Assert.EndsWith("is 0.744; the exercise asks for at least 0.755.", Lesson09.ForecastModel.Check(ForecastPipeline("precipitation")).Message);
        Assert.Equal(Outcome.Incorrect, Lesson09.ForecastModel.Check(
            Ml.Transforms.Concatenate("Features", Measurements).Append(Ml.BinaryClassification.Trainers.FastTree(labelColumnName: "rain_tomorrow"))).Outcome);   // 0.721

        var peeking = Ml.Transforms.Conversion.ConvertType("tomorrow", "rain_tomorrow", Microsoft.ML.Data.DataKind.Single)
            .Append(Ml.Transforms.Concatenate("Features", [.. Measurements, "tomorrow"]))
            .Append(Ml.BinaryClassification.Trainers.LbfgsLogisticRegression(labelColumnName: "rain_tomorrow"));
        Assert.StartsWith("The model needs a column the held-out days do not have (Could not find input column 'rain_tomorrow')",
            Lesson09.ForecastModel.Check(peeking).Message);
        var noScore = Ml.Transforms.CopyColumns("copy", "wind");
        Assert.StartsWith("The model's output needs a Score (a number) and a PredictedLabel", Lesson09.ForecastModel.Check(noScore).Message);
    }

    /// <summary>The lesson's prose and 09.7's model answer quote these figures of the solution's model and of persistence.</summary>
    [Fact]
    public void The_solution_forecast_beats_persistence_by_the_margin_the_lesson_quotes()
    {
        var model = Forecast(Measurements);
        var (days, rainTomorrow) = Lesson09.HeldOutForecastDays();
        var said = model.Transform(days).GetColumn<bool>("PredictedLabel").ToList();
        var wetToday = days["precipitation"].Cast<float?>().Select(p => p > 0).ToList();
        double Accuracy(IReadOnlyList<bool> forecast) => forecast.Zip(rainTomorrow, (f, a) => f == a ? 1.0 : 0.0).Average();

        Assert.Equal(0.772, Lesson09.ForecastAuc(model), 3);
        Assert.Equal(0.739, Accuracy(said), 3);
        Assert.Equal(0.703, Accuracy(wetToday), 3);
    }

    [Fact]
    public void Saved_model_is_loaded_from_its_file_and_must_be_the_lesson_s_forecast_model()
    {
        var folder = Directory.CreateTempSubdirectory("mlcourse-09-").FullName;
        var forecastModel = Forecast(Measurements);
        var saved = Path.Combine(folder, "rain-tomorrow.zip");
        Ml.Model.Save(forecastModel, ((IDataView)ForecastTrain()).Schema, saved);
        var notAModel = Path.Combine(folder, "notes.zip");
        File.WriteAllText(notAModel, "not a model");

        Assert.Equal(Outcome.Correct, Lesson09.SavedModel.Check((saved, forecastModel)).Outcome);
        Assert.StartsWith("Its area under the ROC curve on the training days it learned from is", Lesson09.SavedModel.Check((saved, forecastModel)).Message);
        Assert.StartsWith("There is no file at", Lesson09.SavedModel.Check((Path.Combine(folder, "missing.zip"), forecastModel)).Message);
        Assert.Contains("could not be loaded as an ML.NET model", Lesson09.SavedModel.Check((notAModel, forecastModel)).Message);
        Assert.StartsWith("There is no forecastModel yet", Lesson09.SavedModel.Check((saved, null)).Message);

        // Any working model used to pass: one fitted on 2015, one on precipitation alone, one of overfitted trees.
        var train = ForecastTrain();
        var all = CourseData.LoadSeattleWeather();
        all.Columns.Add(Lesson09.WetDay(all));
        all = all.Filter(all["rain_tomorrow"].ElementwiseIsNotNull());
        var on2015 = MLCourse.Evaluation.TimeSplit.Before(all, "date", new DateTime(2015, 1, 1)).Test;
        var others = new[]
        {
            ForecastPipeline(Measurements).Fit(on2015),
            Forecast("precipitation"),
            Ml.Transforms.Concatenate("Features", Measurements).Append(Ml.BinaryClassification.Trainers.FastTree(labelColumnName: "rain_tomorrow")).Fit(train),
        };
        foreach (var (other, i) in others.Select((m, i) => (m, i)))
        {
            var file = Path.Combine(folder, $"other-{i}.zip");
            Ml.Model.Save(other, ((IDataView)train).Schema, file);
            Assert.StartsWith("The file's model is not forecastModel: on 2012-01-01 it scores", Lesson09.SavedModel.Check((file, forecastModel)).Message);
        }
    }

    [Fact]
    public void Report_is_submitted_when_it_is_a_real_note_and_refused_when_it_repeats_itself()
    {
        Assert.Equal(Outcome.Incorrect, Lesson09.Report.Check("It works, AUC 0.78.").Outcome);
        var repeated = Lesson09.Report.Check(string.Join(" ", Enumerable.Repeat("The model forecasts rain from today's weather.", 5)));
        Assert.Equal(Outcome.Incorrect, repeated.Outcome);
        Assert.StartsWith("Your answer says \"the model forecasts rain from today's weather\" 5 times.", repeated.Message);
        var note = Lesson09.Report.Check("From today's weather the model gives the chance of rain tomorrow. On 2015 it was right on 74% of days, " +
            "against 70% for assuming tomorrow is like today. It uses one station and four years, so treat it as a rough guide.");
        Assert.Equal(Outcome.Submitted, note.Outcome);
        Assert.StartsWith("Your answer touches on what the model tells the team, how it compares with \"tomorrow like today\", the numbers that say so and a limitation.", note.Message);
    }
}
