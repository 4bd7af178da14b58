namespace MLCourse.Exercises;

/// <summary>Thrown by an exercise's model scorer when the model is of the wrong kind; its message is the learner's feedback.</summary>
public sealed class ModelRejectedException(string message) : Exception(message);
