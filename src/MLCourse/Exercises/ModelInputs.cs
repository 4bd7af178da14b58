using Microsoft.ML;

namespace MLCourse.Exercises;

/// <summary>Which input columns a fitted model needs: those without which it can no longer transform the data.</summary>
internal static class ModelInputs
{
    /// <summary>
    /// The <paramref name="columns"/> of <paramref name="data"/> that <paramref name="model"/> needs. A column the pipeline
    /// reads counts even if the trainer gives it no weight: an application would still have to send it.
    /// </summary>
    public static IReadOnlyList<string> Needed(ITransformer model, IDataView data, IEnumerable<string> columns)
    {
        var ml = new MLContext();
        return columns.Where(column =>
        {
            var without = ml.Transforms.DropColumns(column).Fit(data).Transform(data);
            try
            {
                model.GetOutputSchema(without.Schema);
                return false;
            }
            catch (ArgumentOutOfRangeException)   // ML.NET's "Could not find input column"
            {
                return true;
            }
        }).ToList();
    }
}
