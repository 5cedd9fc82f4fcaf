using Search.Index.Paragraphs;

namespace Search.Index.Searching;

/// <summary>
/// Counts facet values over all matches. A document failing exactly one facet's filter still counts for that
/// facet, so a facet's counts ignore its own selection (multi-select stays possible).
/// </summary>
public sealed class FacetCounter(DocColumns docs)
{
    readonly int[] _languages = new int[docs.Languages.Length];
    // Sessions and years are small numbers: counted in arrays, not dictionaries, since this runs once a match.
    const int MaxValue = 4096;
    readonly int[] _sessions = new int[MaxValue];
    readonly int[] _years = new int[MaxValue];
    readonly int[] _types = new int[3];
    readonly int[] _verbs = new int[docs.Verbs.Length];

    public int Total { get; private set; }

    /// <summary>Counts a document; <paramref name="countYear"/> false when the year facet is counted another way.</summary>
    public void Add(int doc, int failures, bool countYear = true)
    {
        if (failures == 0) Total++;
        if ((failures & ~FilterMask.Language) == 0) _languages[docs.LanguageIds[doc]]++;
        if ((failures & ~FilterMask.Session) == 0 && (uint)docs.Sessions[doc] < MaxValue) _sessions[docs.Sessions[doc]]++;
        if (countYear && (failures & ~FilterMask.Year) == 0 && (uint)docs.Years[doc] < MaxValue) _years[docs.Years[doc]]++;
        if ((failures & ~FilterMask.Type) == 0) _types[docs.Types[doc]]++;
        if ((failures & ~FilterMask.Verb) == 0) _verbs[docs.VerbIds[doc]]++;
    }

    public void AddYear(int year, int count)
    {
        if ((uint)year < MaxValue) _years[year] += count;
    }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Result(int maxVerbs = 30) => new Dictionary<string, IReadOnlyDictionary<string, int>>
    {
        ["language"] = Ordered(Enumerable.Range(0, _languages.Length).Select(i => (docs.Languages[i], _languages[i]))),
        ["session"] = Ordered(Descending(_sessions)),
        ["year"] = Ordered(Descending(_years)),
        ["type"] = Ordered(new[] { "preambular", "operative", "annex" }.Select((t, i) => (t, _types[i]))),
        ["verb"] = Ordered(Enumerable.Range(0, _verbs.Length).Where(i => docs.Verbs[i].Length > 0)
            .Select(i => (docs.Verbs[i], _verbs[i])).OrderByDescending(p => p.Item2).ThenBy(p => p.Item1, StringComparer.Ordinal).Take(maxVerbs)),
    };

    /// <summary>Newest first; 0 stands for unknown and is not a facet value.</summary>
    static IEnumerable<(string, int)> Descending(int[] counts)
    {
        for (int value = counts.Length - 1; value > 0; value--)
            if (counts[value] > 0) yield return (value.ToString(), counts[value]);
    }

    static IReadOnlyDictionary<string, int> Ordered(IEnumerable<(string Key, int Count)> values)
    {
        // Insertion order is the display order; values with no match are left out.
        var result = new Dictionary<string, int>();
        foreach (var (key, count) in values) if (count > 0) result[key] = count;
        return result;
    }
}
