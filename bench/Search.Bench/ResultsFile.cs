using System.Runtime.InteropServices;

namespace Search.Bench;

/// <summary>bench/RESULTS.md: each benchmark owns one "## " section and replaces only that one.</summary>
public static class ResultsFile
{
    public static string Machine()
    {
        string cpu = "unknown CPU";
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"));
            if (line is not null) cpu = line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException) { }
        return $"{cpu}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}";
    }

    public static void WriteSection(string heading, string body)
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "bench", "RESULTS.md");
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmark results\n\nEach section is written by its benchmark in `bench/Search.Bench`.\n";
        var marker = "## " + heading;
        var section = $"{marker}\n\n{body.TrimEnd()}\n";
        int start = text.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0) text = text.TrimEnd() + "\n\n" + section;
        else
        {
            int end = text.IndexOf("\n## ", start + marker.Length, StringComparison.Ordinal);
            text = text[..start] + section + (end < 0 ? "" : "\n" + text[(end + 1)..]);
        }
        while (text.Contains("\n\n\n")) text = text.Replace("\n\n\n", "\n\n");
        File.WriteAllText(path, text.TrimEnd() + "\n");
        Console.WriteLine($"wrote section '{heading}' to {path}");
    }
}
