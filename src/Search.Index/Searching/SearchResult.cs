using System.Globalization;
using Search.Index.Highlighting;
using Search.Index.Querying.Model;

namespace Search.Index.Searching;

public sealed record SearchHit(
    string Id, string Symbol, string Language, int? Session, int? Year, string Type, int Number, string Verb,
    string Text, HighlightedText Snippet, float Score, string Via, string? ViaId, string? Title, string? AdoptionDate);

/// <summary>
/// The answer: the page of hits, the total over all results, facet counts over the same results, and any notice
/// about the query. In a hybrid search the results are the paragraphs the words match (with the translations they
/// bring) and those found by meaning only; <see cref="FoundByWords"/> and <see cref="FoundByMeaning"/> divide the total so.
/// </summary>
public sealed record SearchResult(
    string Query, int Total, double TookMs, IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets, IReadOnlyList<QueryNotice> Notices)
{
    public SearchMode Mode { get; init; } = SearchMode.Keyword;

    /// <summary>Of the total, the paragraphs found by meaning that the words did not find.</summary>
    public int FoundByMeaning { get; init; }

    /// <summary>Of the total, the paragraphs the words match, with the translations they bring.</summary>
    public int FoundByWords => Total - FoundByMeaning;

    /// <summary>What the total counts, in words: "1,204 paragraphs: 1,180 match the words, 24 more by meaning".</summary>
    public string Counted => Mode switch
    {
        SearchMode.Hybrid => Paragraphs(Total) + string.Create(CultureInfo.InvariantCulture, $": {FoundByWords:N0} match the words, {FoundByMeaning:N0} more by meaning"),
        SearchMode.Semantic => $"{Paragraphs(Total)} close in meaning",
        _ => Paragraphs(Total),
    };

    static string Paragraphs(int count) => count == 1 ? "1 paragraph" : string.Create(CultureInfo.InvariantCulture, $"{count:N0} paragraphs");

    /// <summary>The notices in words, for readers that show one line.</summary>
    public string? Notice => QueryNotice.Join(Notices);
}
