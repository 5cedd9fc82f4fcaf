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
    /// <summary>Paragraph id to document number.</summary>
    public required Dictionary<string, int> DocsById { get; init; }

    public int Count => Documents.Count;

    YearIndex? _years;

    /// <summary>Built on first use; a race builds it twice, harmlessly.</summary>
    public YearIndex Years => _years ??= YearIndex.Build(Documents);
}
