namespace Search.Index.Tests.Support;

/// <summary>Finds the repository's corpus and the optional ../shared folder from the test's output directory.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Corpus => Path.Combine(RepositoryRoot, "corpus");

    public static string CorpusFile(string name) => Path.Combine(Corpus, name);

    /// <summary>../shared beside the repository, or null when this checkout has none.</summary>
    public static string? Shared
    {
        get
        {
            var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    /// <summary>A file under ../shared; skips the calling test with a clear message when it is absent.</summary>
    public static string SharedFile(params string[] parts)
    {
        var shared = Shared;
        if (shared is null) Assert.Skip("../shared is not present beside the repository: test skipped");
        var path = Path.Combine([shared, .. parts]);
        if (!File.Exists(path)) Assert.Skip($"{Path.Combine(parts)} is not in ../shared: test skipped");
        return path;
    }

    public static string NewTempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "search-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Search.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Search.sln not found above " + AppContext.BaseDirectory);
    }
}
