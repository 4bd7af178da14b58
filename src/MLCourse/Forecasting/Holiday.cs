namespace MLCourse.Forecasting;

/// <summary>A public holiday on a date, e.g. Thanksgiving on 1987-11-26.</summary>
public sealed record Holiday(DateTime Date, string Name);
