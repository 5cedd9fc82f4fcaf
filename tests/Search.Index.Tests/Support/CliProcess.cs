using System.Diagnostics;

namespace Search.Index.Tests.Support;

/// <summary>The built CLI run as a process of its own, for what one process cannot show: locks between processes, kill -9.</summary>
public static class CliProcess
{
    /// <summary>The CLI assembly beside the tests (the test project references it), else the one built in src; skips the test when there is none.</summary>
    public static string Assembly()
    {
        var candidates = new[]
        {
            Path.Combine(AppContext.BaseDirectory, "search.dll"),
            Path.Combine(TestPaths.RepositoryRoot, "src", "Search.Cli", "bin", "Release", "net10.0", "search.dll"),
            Path.Combine(TestPaths.RepositoryRoot, "src", "Search.Cli", "bin", "Debug", "net10.0", "search.dll"),
        };
        var found = candidates.FirstOrDefault(c => File.Exists(c) && File.Exists(Path.ChangeExtension(c, ".runtimeconfig.json")));
        if (found is null) Assert.Skip("the CLI (src/Search.Cli) is not built: test skipped; build the solution first");
        return found;
    }

    /// <summary>Starts `dotnet search.dll ARGS`, its output collected in <paramref name="output"/>.</summary>
    public static Process Start(IEnumerable<string> args, System.Text.StringBuilder output)
    {
        var process = new Process
        {
            StartInfo = new ProcessStartInfo("dotnet", [Assembly(), .. args])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            },
        };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs the CLI to its end (at most a minute) and returns its exit code and output.</summary>
    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var output = new System.Text.StringBuilder();
        using var process = Start(args, output);
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill();
            Assert.Fail("the CLI did not end within a minute: " + output);
        }
        process.WaitForExit();
        lock (output) return (process.ExitCode, output.ToString());
    }
}
