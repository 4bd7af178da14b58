using Microsoft.ML;
using Microsoft.ML.Data;
using MLCourse.Exercises;

namespace MLCourse.Tests.Library.Exercises;

/// <summary>ML.NET throws ArgumentOutOfRangeException for a missing column and for other failures; only the first is about columns.</summary>
public sealed class LessonSplitsTests
{
    private const string Diverged = "Cannot initialize linear predictor with non-finite weights";

    /// <summary>An estimator that fails as SDCA does when it diverges.</summary>
    private sealed class Diverging : IEstimator<ITransformer>
    {
        public ITransformer Fit(IDataView input) => throw new ArgumentOutOfRangeException("weights", Diverged);
        public SchemaShape GetOutputSchema(SchemaShape inputSchema) => inputSchema;
    }

    /// <summary>A fitted model that fails as a diverged one does when it scores.</summary>
    private sealed class Failing : ITransformer
    {
        public bool IsRowToRowMapper => false;
        public DataViewSchema GetOutputSchema(DataViewSchema inputSchema) => inputSchema;
        public IRowToRowMapper GetRowToRowMapper(DataViewSchema inputSchema) => throw new NotSupportedException();
        public IDataView Transform(IDataView input) => throw new ArgumentOutOfRangeException("weights", Diverged);
        void ICanSaveModel.Save(ModelSaveContext ctx) => throw new NotSupportedException();
    }

    [Fact]
    public void Cross_validation_reports_a_divergence_as_a_failure_not_as_a_missing_column()
    {
        var message = Lesson05.EngineeredLinear.Check(new Diverging()).Message;

        Assert.StartsWith($"The pipeline failed while the checker cross-validated it (ArgumentOutOfRangeException: {Diverged}", message);
        Assert.DoesNotContain("needs a column", message);
    }

    [Fact]
    public void Scoring_held_out_rows_reports_a_divergence_as_a_failure_not_as_a_missing_column()
    {
        var check = Checks.Model(model => LessonSplits.CarTestMae(model, "advice."), 3, "MAE", higherIsBetter: false);

        var message = check(new Failing()).Message;
        Assert.StartsWith($"The model could not score the held-out data (ArgumentOutOfRangeException: {Diverged}", message);
        Assert.DoesNotContain("needs a column", message);
        var missing = Ml().Transforms.Concatenate("Features", "weight").Fit(Ml().Data.LoadFromEnumerable(new[] { new { weight = 1f } }));
        Assert.Equal("The model needs a column the held-out cars do not have (Could not find input column 'weight'): advice.", check(missing).Message);
    }

    private static MLContext Ml() => new(seed: 1);
}
