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

    /// <summary>Counts a document.</summary>
    public void Add(int doc, int failures) =>
        Add(docs.LanguageIds[doc], docs.Sessions[doc], docs.Years[doc], docs.Types[doc], docs.VerbIds[doc], failures, 1);

    /// <summary>Counts <paramref name="count"/> paragraphs that share these values and these failures.</summary>
    public void Add(byte language, short session, short year, byte type, int verb, int failures, int count)
    {
        if (failures == 0) Total += count;
        if ((failures & ~FilterMask.Language) == 0) _languages[language] += count;
        if ((failures & ~FilterMask.Session) == 0 && (uint)session < MaxValue) _sessions[session] += count;
        if ((failures & ~FilterMask.Year) == 0 && (uint)year < MaxValue) _years[year] += count;
        if ((failures & ~FilterMask.Type) == 0) _types[type] += count;
        if ((failures & ~FilterMask.Verb) == 0) _verbs[verb] += count;
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
