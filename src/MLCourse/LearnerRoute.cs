namespace MLCourse;

/// <summary>
/// The two ways a learner runs a lesson: in a notebook (cells run one at a time, in a kernel that lives on), or as a
/// program (a file-based app, <c>dotnet run --file notebooks/NN-name.cs</c>, run whole, a new process each time).
/// Messages that tell the learner what to do next say it in the words of their route.
/// </summary>
internal static class LearnerRoute
{
    /// <summary>The program's own file (e.g. <c>notebooks/04-train-models.cs</c>) when this process is a file-based app, else null: .NET sets it for those only.</summary>
    public static string? ProgramFile => AppContext.GetData("EntryPointFilePath") as string;

    /// <summary>Whether this process is a lesson run as a file-based app.</summary>
    public static bool IsProgram => ProgramFile is not null;
}
