namespace Search.Index.Indexing.Columns;

/// <summary>
/// Strings (symbols, verbs, clause keys, languages) numbered in the order first seen, for the life of the index:
/// a segment's columns hold these numbers, so they stay valid in every later reader that shares the segment.
/// </summary>
public sealed class ValueDictionary
{
    readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    readonly List<string> _values = [];
    readonly Lock _gate = new();

    public ValueDictionary(params string[] first)
    {
        foreach (var value in first) Id(value);
    }

    public int Id(string value)
    {
        lock (_gate)
        {
            if (_ids.TryGetValue(value, out var id)) return id;
            _ids[value] = id = _values.Count;
            _values.Add(value);
            return id;
        }
    }

    /// <summary>The values numbered so far; ids given later are past its end.</summary>
    public string[] Snapshot()
    {
        lock (_gate) return _values.ToArray();
    }
}

/// <summary>The dictionaries of one index.</summary>
public sealed class ColumnDictionaries(IReadOnlyList<string> languages)
{
    public ValueDictionary Symbols { get; } = new();
    public ValueDictionary Languages { get; } = new([.. languages]);
    public ValueDictionary Keys { get; } = new();
    public ValueDictionary Verbs { get; } = new("");
}
