using System.Text.Json;

namespace Search.Bench;

/// <summary>Real UN text for the benchmarks: the project's corpus and ../shared/corpus-ext beside the repository.</summary>
public static class SharedData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    public static string RequireShared() =>
        Shared ?? throw new InvalidOperationException("../shared (with corpus-ext) must be beside the repository for this benchmark");

    public static IEnumerable<JsonElement> JsonLines(string file)
    {
        foreach (var line in File.ReadLines(Path.Combine(RequireShared(), "corpus-ext", file)))
            if (line.Length > 0) yield return JsonDocument.Parse(line).RootElement;
    }

    static string FindRoot()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Search.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run from inside the repository");
    }
}
