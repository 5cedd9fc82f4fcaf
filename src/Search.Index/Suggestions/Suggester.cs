namespace Search.Index.Suggestions;

/// <summary>
/// Completes the word being typed (the last one of the query) from a fixed vocabulary of words, lead verbs and
/// resolution symbols, most frequent first. Matching ignores case; the vocabulary is sorted once, so a prefix is
/// found by binary search.
/// </summary>
public sealed class Suggester
{
    /// <summary>Shorter prefixes match too much of the vocabulary to be useful.</summary>
    public const int MinimumPrefix = 2;

    readonly string[] _keys;     // lower-cased, sorted ordinally
    readonly Entry[] _entries;   // in the same order

    readonly record struct Entry(string Text, SuggestionKind Kind, int Weight);

    Suggester(string[] keys, Entry[] entries) { _keys = keys; _entries = entries; }

    public int Count => _keys.Length;

    /// <summary>
    /// One entry a distinct text (ignoring case): weights add up, and a symbol or verb is kept as such rather
    /// than as a plain word.
    /// </summary>
    public static Suggester Build(IEnumerable<(string Text, SuggestionKind Kind, int Weight)> vocabulary)
    {
        var merged = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (text, kind, weight) in vocabulary)
        {
            var trimmed = text.Trim();
            if (trimmed.Length < MinimumPrefix) continue;
            var key = trimmed.ToLowerInvariant();
            merged[key] = merged.TryGetValue(key, out var seen)
                ? new Entry(kind > seen.Kind ? trimmed : seen.Text, kind > seen.Kind ? kind : seen.Kind, seen.Weight + weight)
                : new Entry(trimmed, kind, weight);
        }
        var keys = merged.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        return new Suggester(keys, keys.Select(k => merged[k]).ToArray());
    }

    public IReadOnlyList<Suggestion> Suggest(string typed, int limit)
    {
        if (limit <= 0 || string.IsNullOrWhiteSpace(typed) || char.IsWhiteSpace(typed[^1])) return [];
        int start = typed.LastIndexOfAny([' ', '\t', '\n', '\r']) + 1;
        // A leading exclusion, quote or parenthesis belongs to the query syntax, not to the word.
        while (start < typed.Length && typed[start] is '-' or '"' or '(' or '+') start++;
        var word = typed[start..];
        if (word.Length < MinimumPrefix || word.Contains(':')) return [];
        var prefix = word.ToLowerInvariant();

        int first = LowerBound(prefix);
        var matches = new List<Entry>();
        for (int i = first; i < _keys.Length && _keys[i].StartsWith(prefix, StringComparison.Ordinal); i++)
            if (_keys[i].Length > prefix.Length) matches.Add(_entries[i]);
        return matches
            .OrderByDescending(e => e.Weight).ThenBy(e => e.Text, StringComparer.Ordinal)
            .Take(limit)
            // A symbol typed as words would be searched as words; as a filter it finds that resolution.
            .Select(e => new Suggestion(typed[..start] + (e.Kind == SuggestionKind.Symbol ? "symbol:" : "") + e.Text, e.Text, e.Kind, e.Weight))
            .ToList();
    }

    int LowerBound(string prefix)
    {
        int lo = 0, hi = _keys.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_keys[mid], prefix) < 0) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
