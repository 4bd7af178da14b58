namespace MLCourse.Exercises;

/// <summary>What a check found.</summary>
public enum Outcome
{
    /// <summary>The answer is still the starter placeholder (null).</summary>
    NotAttempted,
    /// <summary>The answer is wrong; the message says how, without giving the answer away.</summary>
    Incorrect,
    /// <summary>The answer is right.</summary>
    Correct,
    /// <summary>A reflection was handed in: it is read against the key ideas and compared with a model answer, never graded.</summary>
    Submitted,
}
