using MLCourse.Exercises;

namespace MLCourse.Tests.Library.Exercises;

public sealed class ExerciseCatalogTests
{
    [Fact]
    public void Every_exercise_has_exactly_one_answer_cell_in_its_own_lesson_and_every_answer_cell_a_catalog_entry()
    {
        var cells = Repository.Lessons
            .SelectMany(l => l.AnswerCells.Select(c => (Lesson: l.Number, Exercise: c.Exercise!)))
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
        var cells = Repository.LessonNamed(lesson).AnswerCells.ToList();
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
