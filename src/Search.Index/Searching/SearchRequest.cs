using Search.Index.Querying.Model;

namespace Search.Index.Searching;

public enum SortOrder { Relevance, Newest, Oldest }

/// <summary>Keyword (BM25), semantic (nearest vectors) or hybrid (both fused by reciprocal rank).</summary>
public enum SearchMode { Keyword, Semantic, Hybrid }

/// <summary>A search as the CLI, the API and the pages state it: query text plus filters chosen outside the text.</summary>
public sealed record SearchRequest
{
    public string Query { get; init; } = "";
    public SearchFilters Filters { get; init; } = SearchFilters.None;
    public int Limit { get; init; } = 10;
    public int Offset { get; init; }
    public SortOrder Sort { get; init; } = SortOrder.Relevance;
    /// <summary>Whether aligned clauses in other languages join the results (via "translation").</summary>
    public bool Translations { get; init; } = true;
    public SearchMode Mode { get; init; } = SearchMode.Keyword;

    public const int MaxLimit = 200;
    public const int MaxOffset = 10_000;
}
