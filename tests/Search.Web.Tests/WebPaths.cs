namespace Search.Web.Tests;

public static class WebPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Corpus => Path.Combine(RepositoryRoot, "corpus");

    public static string NewTempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "search-web-tests", Guid.NewGuid().ToString("N"));
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
