namespace MLCourse;

/// <summary>What an exercise's check reported in a run: the name of an <see cref="Exercises.Outcome"/> (NotAttempted, Incorrect, Correct, Submitted).</summary>
public sealed record ExerciseOutcome(string Exercise, string Outcome);
