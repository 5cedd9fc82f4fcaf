namespace Search.Index.Paragraphs;

/// <summary>
/// The store's paragraphs at <see cref="Generation"/> as immutable columns, for the semantic side (the local
/// model, vectors, similar clauses); keyword search runs on the Lucene index.
/// </summary>
public sealed class ParagraphSnapshot
{
    public required DocumentTable Documents { get; init; }
    public required long Generation { get; init; }
    Dictionary<string, int>? _byId;

    /// <summary>Paragraph id to document number; made on first use, since only lookups by id need it.</summary>
    public Dictionary<string, int> DocsById => _byId ??= MakeIds();

    Dictionary<string, int> MakeIds()
    {
        var byId = new Dictionary<string, int>(Documents.Count, StringComparer.Ordinal);
        for (int d = 0; d < Documents.Count; d++) byId[Documents.Id(d)] = d;
        return byId;
    }

    public int Count => Documents.Count;

}
