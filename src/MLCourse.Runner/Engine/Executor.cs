namespace MLCourse.Runner.Engine;

/// <summary>The two ways a lesson executes: its notebook in the real kernel, or its file-based app. Everything after execution is the same.</summary>
public enum Executor
{
    /// <summary>The notebook, in the real kernel (the course's pinned dotnet-repl).</summary>
    Notebook,

    /// <summary>The lesson's .NET 10 file-based app, <c>notebooks/NN-name.cs</c> (<c>dotnet build</c>, then <c>dotnet run --file</c>).</summary>
    App,
}
