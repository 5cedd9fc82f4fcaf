namespace Search.Cli.Commands;

/// <summary>Where the store and index live: --index, else SEARCH_INDEX_DIR, else ./data.</summary>
public static class IndexLocation
{
    public static string Resolve(string? option) =>
        option ?? Environment.GetEnvironmentVariable("SEARCH_INDEX_DIR") ?? Path.Combine(Directory.GetCurrentDirectory(), "data");
}
