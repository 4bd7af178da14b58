using System.Globalization;
using System.Text;

namespace MLCourse.Tests.Support;

/// <summary>
/// Writes a reproducible CSV file shaped like real tabular data: 21 columns (an id, 15 measurements, a flag, a date,
/// two text columns and a label), with missing values, "null", quoted separators, doubled quotes and padding.
/// Shared by the loader tests and the loader benchmark.
/// </summary>
public static class CsvSample
{
    private static readonly string[] Cities = ["Seattle", "Portland, OR", "The \"Big\" Apple", "Zürich", "  padded  ", "São Paulo"];

    public static void Write(string path, int rows, int seed = 42, bool edgeCases = true, string newline = "\n")
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = newline };
        writer.WriteLine("id," + string.Join(",", Enumerable.Range(1, 15).Select(i => $"f{i:00}")) + ",flag,date,city,note,label");
        var line = new StringBuilder();
        for (var row = 0; row < rows; row++)
        {
            line.Clear().Append(row);
            for (var f = 0; f < 15; f++)
                line.Append(',').Append(row > 20 && random.NextDouble() < 0.02 ? "" : (random.NextDouble() * 2000 - 1000).ToString("R", CultureInfo.InvariantCulture));
            line.Append(',').Append(random.Next(3) switch { 0 => "true", 1 => "false", _ => row > 20 && random.NextDouble() < 0.1 ? "" : "TRUE" });
            line.Append(',').Append(row > 20 && random.NextDouble() < 0.01 ? "null" : new DateTime(2012, 1, 1).AddDays(random.Next(1461)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            line.Append(',').Append(Quote(Cities[random.Next(Cities.Length)]));
            line.Append(',').Append(row > 20 && random.NextDouble() < 0.05 ? "" : "note " + random.Next(1000));
            line.Append(',').Append(random.NextDouble() < 0.5 ? "yes" : "no");
            writer.WriteLine(line);
            if (edgeCases && row % 997 == 500) writer.WriteLine(row % 2 == 0 ? "" : "   ");   // blank lines are skipped
        }
        if (edgeCases)
            writer.WriteLine($"{rows},1.5,2.5");                                                  // a short row: the rest is missing
    }

    private static string Quote(string value) =>
        value.Contains(',') || value.Contains('"') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
