using Search.Index.Paragraphs;

namespace Search.Index.Indexing.Columns;

/// <summary>The dictionaries of one index.</summary>
public sealed class ColumnDictionaries(IReadOnlyList<string> languages)
{
    public ValueDictionary Symbols { get; } = new();
    public ValueDictionary Languages { get; } = new([.. languages]);
    public ValueDictionary Keys { get; } = new();
    public ValueDictionary Verbs { get; } = new("");
}
