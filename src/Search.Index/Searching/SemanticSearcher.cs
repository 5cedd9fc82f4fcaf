using Search.Index.Indexing.Columns;
using Search.Index.Querying.Model;
using Search.Index.Semantics;

namespace Search.Index.Searching;

/// <summary>
/// The search by meaning's part: the paragraphs whose vectors are near what the query wants, met again among the
/// keyword index's documents, where <see cref="Searcher"/> filters, counts, excludes and ranks them (alone, or
/// fused with the ranking by words by reciprocal rank). A match is a similarity of at least <see cref="MinimumSimilarity"/>.
/// </summary>
public static class SemanticSearcher
{
    public const float MinimumSimilarity = 0.3f;

    /// <summary>
    /// The words, phrases and word beginnings a query wants, as one text to embed: what it excludes and its field
    /// filters are not part of it (empty when the query wants nothing in words).
    /// </summary>
    public static string TextToEmbed(string query) => QueryParts.WantedText(Querying.Parsing.QueryParser.Parse(query).Root);

    /// <summary>Every paragraph near <paramref name="vector"/>, as the reader's document with its similarity; a paragraph the reader does not hold is left out.</summary>
    public static List<(int Doc, float Similarity)> Near(SemanticIndex semantic, float[] vector, ReaderColumns columns)
    {
        var docs = semantic.Snapshot.Documents;
        var lookup = columns.Lookup;
        var near = new List<(int Doc, float Similarity)>();
        semantic.Vectors.ForEachAtLeast(vector, MinimumSimilarity, (doc, similarity) =>
        {
            int found = lookup.Find(docs.Symbol(doc), docs.Language(doc), docs.Key(doc));
            if (found >= 0) near.Add((found, similarity));
        });
        return near;
    }
}
