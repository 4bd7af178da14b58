namespace MLCourse.Tests.Support;

/// <summary>
/// What an action writes to the console. The console is the process's own: while the action runs, lines that tests running
/// in parallel write land here too, so check for the lines you expect rather than for the whole text.
/// </summary>
internal static class ConsoleOutput
{
    private static readonly Lock Gate = new();

    public static string Of(Action action)
    {
        lock (Gate)
        {
            var previous = Console.Out;
            using var captured = new StringWriter();
            Console.SetOut(captured);
            try
            {
                action();
            }
            finally
            {
                Console.SetOut(previous);
            }
            return captured.ToString();
        }
    }
}
