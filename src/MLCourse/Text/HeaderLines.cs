using Microsoft.ML;
using Microsoft.ML.Data;

namespace MLCourse.Text;

/// <summary>
/// Removes whole header lines by field name from the <c>headers</c> text (one <c>Field: value</c> line per header, as
/// <see cref="EmailText"/> keeps them): e.g. the <c>Subject:</c> line, for a model that should read the headers only, or
/// the lines where a corpus records how it was collected (<c>Received:</c>, <c>Delivered-To:</c>, …). ML.NET has no
/// transform that drops lines of a text, hence this one.
/// </summary>
public static class HeaderLines
{
    /// <summary>
    /// <paramref name="headers"/> without the lines whose field name is one of <paramref name="fieldNames"/> (compared
    /// ignoring case, e.g. <c>"received"</c> removes every <c>Received:</c> line); the other lines keep their order.
    /// </summary>
    /// <exception cref="ArgumentException">No field names, or one that is empty or contains a colon.</exception>
    public static string Remove(string headers, IReadOnlyCollection<string> fieldNames)
    {
        Require.NotNull(headers, nameof(headers), "the header lines of a message");
        var names = CheckedNames(fieldNames, nameof(fieldNames));
        return string.Join('\n', headers.Split('\n').Where(line => !names.Contains(FieldName(line))));
    }

    /// <summary>
    /// An ML.NET estimator that writes <paramref name="inputColumnName"/>'s header text, without the lines named in
    /// <paramref name="fieldNames"/>, to <paramref name="outputColumnName"/>; append a text featurizer to it, e.g.
    /// <c>HeaderLines.Removing(ml, "kept_headers", "headers", "Subject").Append(ml.Transforms.Text.FeaturizeText("Features", "kept_headers"))</c>.
    /// Being part of the pipeline, it is applied to any data the pipeline later scores.
    /// </summary>
    /// <exception cref="ArgumentException">A column name is empty, or the field names are as <see cref="Remove"/> refuses.</exception>
    public static IEstimator<ITransformer> Removing(MLContext ml, string outputColumnName, string inputColumnName, params string[] fieldNames)
    {
        Require.NotNull(ml, nameof(ml), "an MLContext");
        foreach (var (column, parameter) in new[] { (outputColumnName, nameof(outputColumnName)), (inputColumnName, nameof(inputColumnName)) })
            Require.That(!string.IsNullOrWhiteSpace(column), parameter, "a column name", $"{(column is null ? "null" : "an empty name")}",
                "Name the text column, e.g. \"headers\".");
        var names = CheckedNames(fieldNames, nameof(fieldNames));
        var input = SchemaDefinition.Create(typeof(TextValue));
        input[0].ColumnName = inputColumnName;
        var output = SchemaDefinition.Create(typeof(TextValue));
        output[0].ColumnName = outputColumnName;
        return ml.Transforms.CustomMapping<TextValue, TextValue>((from, to) => to.Value = Remove(from.Value ?? "", names), contractName: null, input, output);
    }

    private static HashSet<string> CheckedNames(IReadOnlyCollection<string>? fieldNames, string parameter)
    {
        Require.NotEmpty(fieldNames, parameter, "at least one header field name", "Name the lines to remove, e.g. \"Subject\" or \"Received\".");
        foreach (var name in fieldNames!)
            Require.That(!string.IsNullOrWhiteSpace(name) && !name.Contains(':'), parameter, "field names without the colon, e.g. \"Received\"",
                $"{(name is null ? "null" : $"\"{name}\"")}", "Give the name before the colon: \"Delivered-To\", not \"Delivered-To:\".");
        return fieldNames!.Select(n => n.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static string FieldName(string line)
    {
        var colon = line.IndexOf(':');
        return colon < 0 ? "" : line[..colon].Trim();
    }
}
