namespace MLCourse.Tests.Kernel;

/// <summary>The processes running on this machine (Linux, /proc), for tests that prove no child process outlives its runner.</summary>
internal static class ProcessTable
{
    /// <summary>Every running process whose command line or environment contains <paramref name="text"/> (this test process left out).</summary>
    public static IReadOnlyList<string> With(string text)
    {
        var found = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)))
        {
            if (Path.GetFileName(folder) == Environment.ProcessId.ToString()) continue;
            try
            {
                var command = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ').Trim();
                var environment = File.ReadAllText(Path.Combine(folder, "environ"));
                if (command.Contains(text, StringComparison.Ordinal) || environment.Contains(text, StringComparison.Ordinal))
                    found.Add($"{Path.GetFileName(folder)}: {command}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }   // it ended while we looked, or is not ours to read
        }
        return found;
    }

    /// <summary>Waits up to <paramref name="patience"/> for the processes with <paramref name="text"/> to be gone (a killed process takes a moment), then lists those left.</summary>
    public static async Task<IReadOnlyList<string>> LeftWithAsync(string text, TimeSpan? patience = null)
    {
        var until = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var left = With(text);
            if (left.Count == 0 || DateTime.UtcNow > until) return left;
            await Task.Delay(200);
        }
    }
}
