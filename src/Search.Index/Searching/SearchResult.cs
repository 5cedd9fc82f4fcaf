using Search.Index.Highlighting;
using Search.Index.Querying.Model;

namespace Search.Index.Searching;

public sealed record SearchHit(
    string Id, string Symbol, string Language, int? Session, int? Year, string Type, int Number, string Verb,
    string Text, HighlightedText Snippet, float Score, string Via, string? ViaId, string? Title, string? AdoptionDate);

/// <summary>The answer: the page of hits, the total over all matches, facet counts and any notice about the query.</summary>
public sealed record SearchResult(
    string Query, int Total, double TookMs, IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets, IReadOnlyList<QueryNotice> Notices)
{
    /// <summary>The notices in words, for readers that show one line.</summary>
    public string? Notice => QueryNotice.Join(Notices);
}
