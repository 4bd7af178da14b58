using System.Text.Json;

namespace MLCourse.Runner.Reports;

/// <summary>
/// A whole run in machine-readable form, written to <c>artifacts/report.json</c> next to the table in <c>report.md</c>:
/// when the run ended, and every lesson's report (a notebook's or an app's, as shipped or with the solutions).
/// <c>--site --no-run</c> builds the website from it; other tools can read it without parsing the table.
/// </summary>
public sealed record RunReport(DateTimeOffset Finished, IReadOnlyList<LessonReport> Lessons)
{
    public const string FileName = "report.json";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Options));
    }

    /// <exception cref="FileNotFoundException">There is no report: the runner has not run here yet.</exception>
    /// <exception cref="InvalidDataException">The file is not a run report.</exception>
    public static RunReport Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"No run report at '{path}': run the lessons first (dotnet run --project src/MLCourse.Runner), or build the site as part of a run (--site without --no-run).", path);
        try
        {
            return JsonSerializer.Deserialize<RunReport>(File.ReadAllText(path), Options)
                   ?? throw new InvalidDataException($"'{path}' holds no run report.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{path}' is not a run report the runner wrote ({e.Message}). Run the lessons again to rewrite it.", e);
        }
    }
}
