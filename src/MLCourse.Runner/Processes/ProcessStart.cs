namespace MLCourse.Runner.Processes;

/// <summary>A program to start: what, with which arguments, from where, with which extra environment variables.</summary>
public sealed record ProcessStart(string Program, IReadOnlyList<string> Arguments, string WorkingDirectory,
    IReadOnlyDictionary<string, string>? Environment = null)
{
    /// <summary><c>dotnet ARGUMENTS</c> from <paramref name="workingDirectory"/>.</summary>
    public static ProcessStart Dotnet(string workingDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        new("dotnet", arguments, workingDirectory, environment);

    /// <summary>What a message calls it: the program and its first argument, e.g. <c>dotnet build</c>.</summary>
    public string Describe() => Arguments.Count == 0 ? System.IO.Path.GetFileName(Program) : $"{System.IO.Path.GetFileName(Program)} {Arguments[0]}";
}
