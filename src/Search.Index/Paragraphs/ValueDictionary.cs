namespace Search.Index.Paragraphs;

/// <summary>
/// Strings (symbols, verbs, clause keys, languages) numbered in the order first seen, so that columns hold small
/// numbers. The index keeps one for its whole life, so a segment's numbers stay valid in every later reader.
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
