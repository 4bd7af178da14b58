using System.Text.Json;

namespace MLCourse.Exercises;

/// <summary>
/// Where exercise checks record their outcomes: a progress file, or memory only. <see cref="Exercise{T}.Check(T)"/>
/// records into <see cref="Current"/>, which keeps outcomes in memory until a lesson's setup cell
/// (<see cref="Course.Start()"/>) makes it the learner's progress file, <see cref="ForLearner"/>; the banner says which
/// file. The course runner names a file of its own under <c>artifacts/</c> through <see cref="ProgressVariable"/>, so its
/// runs never touch a learner's progress; tests give each check a log of their own.
/// </summary>
public sealed class ExerciseLog
{
    /// <summary>The environment variable through which the course runner names the progress file its kernels record into.</summary>
    public const string ProgressVariable = "MLCOURSE_PROGRESS";

    private static ExerciseLog current = new();
    private readonly object gate = new();
    private readonly Dictionary<string, Entry> memory = [];

    /// <summary>A log that keeps outcomes in <paramref name="file"/> (created when the first check is recorded), or in memory only when it is null.</summary>
    public ExerciseLog(string? file = null) => File = file is null ? null : Path.GetFullPath(file);

    /// <summary>The progress file, or null for a log in memory.</summary>
    public string? File { get; }

    /// <summary>The log checks record into: in memory until <see cref="Course.Start()"/> sets it (or you set another).</summary>
    public static ExerciseLog Current
    {
        get => current;
        set => current = Require.NotNull(value, nameof(value), "an ExerciseLog (new ExerciseLog() keeps outcomes in memory)");
    }

    /// <summary>
    /// The learner's progress log: the file named by <see cref="ProgressVariable"/> when the course runner set it, else
    /// <c>.course/progress.json</c> in the course folder (git-ignored), else <c>~/.mlcourse/progress.json</c>.
    /// </summary>
    public static ExerciseLog ForLearner(CourseFolders? folders) => new(
        Environment.GetEnvironmentVariable(ProgressVariable) is { Length: > 0 } file ? file
        : folders is not null ? Path.Combine(folders.Root, ".course", "progress.json")
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".mlcourse", "progress.json"));

    /// <summary>
    /// Records a check's outcome; an exercise once solved stays solved, a reflection once submitted stays submitted.
    /// <paramref name="submitted"/> is a submitted reflection's text, of which only a fingerprint is kept (<see cref="Entry.Text"/>).
    /// </summary>
    public void Record(Verdict verdict, string? submitted = null)
    {
        lock (gate)
        {
            var progress = Read();
            var before = progress.GetValueOrDefault(verdict.Exercise);
            progress[verdict.Exercise] = new Entry(verdict.Outcome.ToString(), before?.Solved == true || verdict.Outcome == Outcome.Correct, DateTime.UtcNow,
                before?.Submitted == true || verdict.Outcome == Outcome.Submitted,
                verdict.Outcome == Outcome.Submitted && submitted is not null ? Fingerprint(submitted) : before?.Text);
            if (File is null)
            {
                memory[verdict.Exercise] = progress[verdict.Exercise];
                return;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(File)!);
            System.IO.File.WriteAllText(File, JsonSerializer.Serialize(progress, new JsonSerializerOptions { WriteIndented = true }));
        }
    }

    /// <summary>Each exercise's last outcome, and whether it was ever solved (or, for a reflection, submitted).</summary>
    public Dictionary<string, Entry> Read()
    {
        lock (gate)
        {
            if (File is null) return new Dictionary<string, Entry>(memory);
            if (!System.IO.File.Exists(File)) return [];
            try
            {
                return JsonSerializer.Deserialize<Dictionary<string, Entry>>(System.IO.File.ReadAllText(File)) ?? [];
            }
            catch (JsonException)
            {
                return []; // a damaged progress file starts afresh rather than stopping the lesson
            }
        }
    }

    /// <summary>A short fingerprint of a reflection's text (its words, whatever the spacing): enough to tell a revision from a rerun, not to read it back.</summary>
    public static string Fingerprint(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join(' ', ReflectionText.Words(text)))))[..16];

    /// <summary>
    /// One exercise's progress: its last outcome, whether it was ever solved, when it was last checked, whether it was ever
    /// submitted (reflections), and the fingerprint of the reflection's last submitted text (<see cref="Fingerprint"/>).
    /// </summary>
    public sealed record Entry(string Last, bool Solved, DateTime When, bool Submitted = false, string? Text = null);
}
