namespace MLCourse;

/// <summary>
/// The course's entry point. Every lesson's setup cell calls <see cref="Start"/> right after
/// its package references; lessons call <see cref="Publish(string, double)"/> for their headline results.
/// </summary>
public static class Course
{
    /// <summary>The course's title, as the README and the banner show it.</summary>
    public const string Title = "Machine Learning with C#";

    /// <summary>
    /// Installs the kernel fixes the lessons need and prints a one-line banner:
    /// course version, package versions, and where the data folder is (or why it was not found).
    /// Safe to call more than once.
    /// </summary>
    public static void Start()
    {
        FSharpCoreRedirect.Install();
        XPlotHtmlFormatter.Register();
        Microsoft.DotNet.Interactive.Formatting.Formatter.Register<Exercises.Verdict>(
            (verdict, writer) => writer.Write(verdict.ToHtml()), Microsoft.DotNet.Interactive.Formatting.HtmlFormatter.MimeType);
        Microsoft.DotNet.Interactive.Formatting.Formatter.Register<Charts.DigitPictures>(
            (pictures, writer) => writer.Write(pictures.ToHtml()), Microsoft.DotNet.Interactive.Formatting.HtmlFormatter.MimeType);
        Console.WriteLine(CourseBanner.Describe(CourseFolders.TryFind(Environment.CurrentDirectory)));
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
