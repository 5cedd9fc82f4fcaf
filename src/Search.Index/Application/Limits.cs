using Search.Index.Querying.Parsing;

namespace Search.Index.Application;

/// <summary>Defaults and bounds of every request, the same for the API, the pages and the CLI.</summary>
public static class Limits
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 100;
    public const int MaxPage = 1000;
    public const int MaxOffset = 10_000;
    public const int DefaultSimilar = 10;
    public const int MaxSimilar = 100;
    /// <summary>Longer text is refused outright; up to this, the parser cuts it to its own limit with a notice.</summary>
    public const int MaxQueryCharacters = QueryParser.MaxLength * 5;
}
