using Search.Index.Indexing;

namespace Search.Index.Searching;

/// <summary>
/// Counts facet values over all matches. A document failing exactly one facet's filter still counts for that
/// facet, so a facet's counts ignore its own selection (multi-select stays possible).
/// </summary>
public sealed class FacetCounter(DocumentTable docs)
{
    readonly int[] _languages = new int[docs.Languages.Length];
    readonly Dictionary<int, int> _sessions = [];
    readonly Dictionary<int, int> _years = [];
    readonly int[] _types = new int[3];
    readonly int[] _verbs = new int[docs.Verbs.Length];

    public int Total { get; private set; }

    public void Add(int doc, int failures)
    {
        if (failures == 0) Total++;
        if ((failures & ~FilterMask.Language) == 0) _languages[docs.LanguageIds[doc]]++;
        if ((failures & ~FilterMask.Session) == 0 && docs.Sessions[doc] > 0) Increment(_sessions, docs.Sessions[doc]);
        if ((failures & ~FilterMask.Year) == 0 && docs.Years[doc] > 0) Increment(_years, docs.Years[doc]);
        if ((failures & ~FilterMask.Type) == 0) _types[docs.Types[doc]]++;
        if ((failures & ~FilterMask.Verb) == 0) _verbs[docs.VerbIds[doc]]++;
    }

    static void Increment(Dictionary<int, int> counts, int key) =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Result(int maxVerbs = 30) => new Dictionary<string, IReadOnlyDictionary<string, int>>
    {
        ["language"] = Ordered(Enumerable.Range(0, _languages.Length).Select(i => (docs.Languages[i], _languages[i]))),
        ["session"] = Ordered(_sessions.OrderByDescending(p => p.Key).Select(p => (p.Key.ToString(), p.Value))),
        ["year"] = Ordered(_years.OrderByDescending(p => p.Key).Select(p => (p.Key.ToString(), p.Value))),
        ["type"] = Ordered(new[] { "preambular", "operative", "annex" }.Select((t, i) => (t, _types[i]))),
        ["verb"] = Ordered(Enumerable.Range(0, _verbs.Length).Where(i => docs.Verbs[i].Length > 0)
            .Select(i => (docs.Verbs[i], _verbs[i])).OrderByDescending(p => p.Item2).ThenBy(p => p.Item1, StringComparer.Ordinal).Take(maxVerbs)),
    };

    static IReadOnlyDictionary<string, int> Ordered(IEnumerable<(string Key, int Count)> values)
    {
        // Insertion order is the display order; values with no match are left out.
        var result = new Dictionary<string, int>();
        foreach (var (key, count) in values) if (count > 0) result[key] = count;
        return result;
    }
}
