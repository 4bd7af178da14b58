namespace MLCourse.Evaluation;

/// <summary>Precision, recall, F1 and support of one class.</summary>
public sealed record ClassMetrics(string Class, double Precision, double Recall, double F1, int Support);
