namespace MLCourse.Runner.Engine;

/// <summary>
/// One part of a lesson's run: the lesson as shipped (every answer cell null) or with the exercises' solutions in place,
/// and what the lesson published during it (<see cref="ResultsFile"/>).
/// </summary>
public sealed record RunPart(bool WithSolutions, Publication Published);
