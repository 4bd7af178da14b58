namespace MLCourse.Exercises;

/// <summary>Every exercise of the course, by id (the runner's solution mode looks solutions up here).</summary>
public static class ExerciseCatalog
{
    /// <summary>All exercises, in lesson order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [.. Lesson01.All, .. Lesson02.All, .. Lesson03.All, .. Lesson04.All, .. Lesson05.All, .. Lesson06.All, .. Lesson07.All, .. Lesson08.All, .. Lesson09.All, .. Lesson10.All, .. Lesson11.All, .. Lesson12.All, .. Lesson13.All, .. Lesson14.All, .. Lesson15.All];

    /// <summary>The exercise with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No exercise has that id; the message lists the ids there are.</exception>
    public static IExercise Find(string id) =>
        All.FirstOrDefault(e => e.Id == id)
        ?? throw new KeyNotFoundException(Require.Message($"the id of an exercise, one of {string.Join(", ", All.Select(e => e.Id))}", $"'{id}'",
            "Ids are a lesson's number and the exercise's, as in 01.2."));
}
