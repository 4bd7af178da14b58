using Microsoft.ML;

namespace MLCourse.Evaluation;

/// <summary>
/// One trial of an automated search: which family, which settings, the cross-validated score, how long it took, whether it
/// beat every trial before it, and its pipeline (not fitted; fit it on all the training data to use it).
/// </summary>
public sealed record AutoTrial(int Number, string Candidate, object Settings, CrossValidationSummary Score, double Seconds, bool Improved, IEstimator<ITransformer> Pipeline);
