namespace MLCourse;

/// <summary>
/// How a lesson tells the course runner what it did: the runner names a file through <see cref="Variable"/>, and the lesson
/// appends one line for each thing it does (nothing is written when no runner is listening):
/// <list type="bullet">
/// <item><c>name=value</c>: a result (<see cref="Course.Publish"/>); <c>name~value</c>: a timing;</item>
/// <item><c>!id=Outcome</c>: an exercise's check (<see cref="Exercises.Exercise{T}.Check(T)"/>);</item>
/// <item><c>*path</c>: a chart a program saved as a page (<see cref="ConsoleDisplay"/>);</item>
/// <item><c>#solutions</c>: from here on, the runner's own cells run the exercises' solutions (<see cref="BeginSolutions"/>).</item>
/// </list>
/// Writing and reading live here together, so the two sides cannot drift apart.
/// </summary>
public static class ResultsFile
{
    /// <summary>The environment variable through which the runner names the file.</summary>
    public const string Variable = "MLCOURSE_RESULTS";

    private const char Timing = '~';
    private const char Exercise = '!';
    private const char Chart = '*';
    private const string Solutions = "#solutions";

    /// <summary>The file the runner named, or null when no runner is listening.</summary>
    internal static string? Current => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } file ? file : null;

    internal static void AppendResult(string? file, string name, string value, bool timing) => Append(file, $"{name}{(timing ? Timing : '=')}{value}");

    internal static void AppendExercise(string exercise, string outcome) => Append(Current, $"{Exercise}{exercise}={outcome}");

    internal static void AppendChart(string path) => Append(Current, $"{Chart}{path}");

    /// <summary>
    /// Marks where the runner starts running the exercises' solutions after the lesson as shipped, in the same kernel
    /// (the runner adds a cell that calls this). Lessons never call it.
    /// </summary>
    public static void BeginSolutions() => Append(Current, Solutions);

    private static void Append(string? file, string line)
    {
        if (file is not null) File.AppendAllText(file, line + "\n");
    }

    /// <summary>The parts of a run the file records: one, or two when <see cref="BeginSolutions"/> was called; none when there is no file.</summary>
    public static IReadOnlyList<Publication> Read(string path) =>
        File.Exists(path) ? Parse(File.ReadAllLines(path)) : [];

    /// <summary>The parts of a run that <paramref name="lines"/> record.</summary>
    public static IReadOnlyList<Publication> Parse(IEnumerable<string> lines)
    {
        var parts = new List<Publication>();
        var (results, exercises, charts) = (new List<LessonResult>(), new List<ExerciseOutcome>(), 0);
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            if (line == Solutions)
            {
                parts.Add(new Publication(results, exercises, charts));
                (results, exercises, charts) = ([], [], 0);
            }
            else if (line[0] == Chart) charts++;
            else if (line[0] == Exercise && line.IndexOf('=') is > 1 and var cut)
                exercises.Add(new ExerciseOutcome(line[1..cut], line[(cut + 1)..]));
            else if (line.IndexOfAny(['=', Timing]) is > 0 and var at)
            {
                results.RemoveAll(r => r.Name == line[..at]);
                results.Add(new LessonResult(line[..at], line[(at + 1)..], line[at] == Timing));
            }
        }
        parts.Add(new Publication(results, exercises, charts));
        return parts;
    }
}
