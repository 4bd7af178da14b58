namespace MLCourse.Data;

/// <summary>An error answer: <c>{"error": "…"}</c>.</summary>
public sealed record ApiError(string Error);
