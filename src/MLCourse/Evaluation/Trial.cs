namespace MLCourse.Evaluation;

/// <summary>One setting tried by a search, with its cross-validated score.</summary>
public sealed record Trial<T>(T Settings, CrossValidationSummary Score);
