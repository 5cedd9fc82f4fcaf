namespace Search.Index.Indexing;

/// <summary>
/// An immutable index: documents and one inverted index per language, built from the store at
/// <see cref="Generation"/>. Searchers hold one; a rebuild publishes a new one and never changes an old one.
/// </summary>
public sealed class IndexSnapshot
{
    public required DocumentTable Documents { get; init; }
    public required IReadOnlyDictionary<string, FieldIndex> Fields { get; init; }
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

    YearIndex? _years;

    /// <summary>Built on first use; a race builds it twice, harmlessly.</summary>
    public YearIndex Years => _years ??= YearIndex.Build(Documents);
}
