namespace MLCourse;

/// <summary>
/// The course's entry point. Every lesson's setup cell calls <see cref="Start()"/> right after
/// its package references; lessons call <see cref="Publish(string, double)"/> for their headline results.
/// </summary>
public static class Course
{
    /// <summary>The course's title, as the README and the banner show it.</summary>
    public const string Title = "Machine Learning with C#";

    /// <summary>
    /// Installs the kernel fixes the lessons need, makes the exercises record into the learner's progress file
    /// (<see cref="Exercises.ExerciseLog.ForLearner"/>), and prints a one-line banner: course version, package versions,
    /// where the data folder is (or why it was not found) and where progress is saved.
    /// Safe to call more than once.
    /// </summary>
    public static void Start() => Start(offlineCharts: false);

    /// <summary>
    /// As <see cref="Start()"/>; with <paramref name="offlineCharts"/> true, charts draw without the internet:
    /// the plotly.js that Plotly.NET carries goes into this cell's output once (about 3.6 MB), and every chart
    /// of the session draws with it instead of loading plotly.js from a CDN. Write <c>MLCourse.Course.Start(offlineCharts: true);</c>
    /// in the setup cell when you work offline or behind a proxy that blocks the CDN.
    /// </summary>
    public static void Start(bool offlineCharts)
    {
        FSharpCoreRedirect.Install();
        XPlotHtmlFormatter.Register();
        Microsoft.DotNet.Interactive.Formatting.Formatter.Register<Exercises.Verdict>(
            (verdict, writer) => writer.Write(verdict.ToHtml()), Microsoft.DotNet.Interactive.Formatting.HtmlFormatter.MimeType);
        Microsoft.DotNet.Interactive.Formatting.Formatter.Register<Charts.DigitPictures>(
            (pictures, writer) => writer.Write(pictures.ToHtml()), Microsoft.DotNet.Interactive.Formatting.HtmlFormatter.MimeType);
        var folders = CourseFolders.TryFind(Environment.CurrentDirectory);
        Exercises.ExerciseLog.Current = Exercises.ExerciseLog.ForLearner(folders);
        Console.WriteLine(CourseBanner.Describe(folders, Exercises.ExerciseLog.Current.File));
        if (offlineCharts) OfflineCharts.Install();
        // A lesson program that uses TorchSharp stops here, with the reason and what to do, where libtorch cannot load (see
        // NativeTorch), rather than with TorchSharp's stack trace at its first cell.
        if (LearnerRoute.IsProgram && Neural.NativeTorch.IsUsedBy(System.Reflection.Assembly.GetEntryAssembly()) && Neural.NativeTorch.Problem() is { } problem)
        {
            Console.Error.WriteLine($"This lesson cannot run on this machine. {problem}");
            Environment.Exit(1);
        }
        // In a notebook the lesson's TorchSharp loads after this cell: a warning comes when it does, where libtorch cannot load,
        // before TorchSharp's own message, which names a package that is not the cause. The other cells, exercises included, still run.
        if (!LearnerRoute.IsProgram) Neural.NativeTorch.WatchKernel(Console.WriteLine, () => Neural.NativeTorch.NotebookWarning());
    }

    /// <summary>
    /// Publishes a named headline result of the lesson, e.g. <c>Publish("accuracy", 0.981)</c>.
    /// The learner sees it; the lesson runner collects it into its table.
    /// </summary>
    public static void Publish(string name, double value) => LessonResults.Publish(name, value);

    /// <summary>
    /// Publishes a timing, e.g. <c>PublishTiming("load_s", 3.2)</c>: shown and collected like a result, but marked as
    /// varying from run to run, so the runner's table shows it with ≈ and the reproducibility tests leave it out.
    /// </summary>
    public static void PublishTiming(string name, double value) => LessonResults.PublishTiming(name, value);
}
