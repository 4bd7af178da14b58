using System.Text.Json;

namespace MLCourse.Exercises;

/// <summary>
/// Where check outcomes go: the learner's progress file (<c>.course/progress.json</c> in the course folder, git-ignored;
/// or the file named by <see cref="ProgressVariable"/>) and, when the course runner runs the lesson, its results file.
/// </summary>
public static class ExerciseLog
{
    /// <summary>An environment variable naming another progress file (the tests use it).</summary>
    public const string ProgressVariable = "MLCOURSE_PROGRESS";

    private static readonly object Gate = new();

    /// <summary>The progress file in use.</summary>
    public static string ProgressFile =>
        Environment.GetEnvironmentVariable(ProgressVariable) is { Length: > 0 } file ? file
        : CourseFolders.TryFind(Environment.CurrentDirectory) is { } folders ? Path.Combine(folders.Root, ".course", "progress.json")
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".mlcourse", "progress.json");

    internal static void Record(Verdict verdict)
    {
        lock (Gate)
        {
            var progress = Read();
            var before = progress.GetValueOrDefault(verdict.Exercise);
            progress[verdict.Exercise] = new Entry(verdict.Outcome.ToString(), before?.Solved == true || verdict.Outcome == Outcome.Correct, DateTime.UtcNow,
                before?.Submitted == true || verdict.Outcome == Outcome.Submitted);
            Directory.CreateDirectory(Path.GetDirectoryName(ProgressFile)!);
            File.WriteAllText(ProgressFile, JsonSerializer.Serialize(progress, new JsonSerializerOptions { WriteIndented = true }));
            LessonResults.RecordExercise(verdict.Exercise, verdict.Outcome.ToString());
        }
    }

    /// <summary>Each exercise's last outcome, and whether it was ever solved (or, for a reflection, submitted).</summary>
    public static Dictionary<string, Entry> Read()
    {
        var file = ProgressFile;
        if (!File.Exists(file)) return [];
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, Entry>>(File.ReadAllText(file)) ?? [];
        }
        catch (JsonException)
        {
            return []; // a damaged progress file starts afresh rather than stopping the lesson
        }
    }

    /// <summary>One exercise's progress: its last outcome, whether it was ever solved, when it was last checked, and whether it was ever submitted (reflections).</summary>
    public sealed record Entry(string Last, bool Solved, DateTime When, bool Submitted = false);
}
