namespace MLCourse.Runner;

/// <summary>What the runner is asked to do.</summary>
public enum RunnerCommand
{
    /// <summary>
    /// Run lessons (as notebooks, or with <c>--run-apps</c> as apps) and report; with <c>--site</c>, build the website from the
    /// run (with <c>--no-run</c>, from the last run's <c>artifacts/report.json</c>, running nothing).
    /// </summary>
    Run,

    /// <summary><c>--export-apps</c>: write each lesson's file-based app from its notebook.</summary>
    ExportApps,

    /// <summary><c>--check-apps</c>: say which committed apps differ from what their notebooks export.</summary>
    CheckApps,

    /// <summary>
    /// <c>--run-file FILE</c>: run a learner's own lesson program (their copy of an app or exercises app, answers and all) where
    /// its lesson runs (in the Debian 13 root when libtorch cannot load here), printing what it prints and recording its checks
    /// into the learner's progress, as <c>dotnet run --file FILE</c> would.
    /// </summary>
    RunFile,
}
