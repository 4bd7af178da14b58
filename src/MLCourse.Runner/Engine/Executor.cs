namespace MLCourse.Runner.Engine;

/// <summary>The ways a lesson executes: its notebook in the real kernel, its file-based app, or its exercises app. Everything after execution is the same.</summary>
public enum Executor
{
    /// <summary>The notebook, in the real kernel (the course's pinned dotnet-repl).</summary>
    Notebook,

    /// <summary>The lesson's .NET 10 file-based app, <c>notebooks/NN-name.cs</c> (<c>dotnet build</c>, then <c>dotnet run --file</c>).</summary>
    App,

    /// <summary>
    /// The lesson's exercises app, <c>notebooks/NN-name.exercises.cs</c>: its exercises and the cells they need, which must
    /// check as the notebook does (it publishes no results and draws no charts).
    /// </summary>
    Exercises,
}
