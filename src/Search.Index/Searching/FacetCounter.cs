using Search.Index.Paragraphs;

namespace Search.Index.Searching;

/// <summary>
/// Counts facet values over all matches. A document failing exactly one facet's filter still counts for that
/// facet, so a facet's counts ignore its own selection (multi-select stays possible). A document is counted in
/// its facet group (<see cref="FacetGroups"/>) and the groups are folded into the facets when they are read, the
/// filters tested once a group; with resolutions named (symbol:), which no group tells apart, each document is
/// tested and counted at once.
/// </summary>
public sealed class FacetCounter(DocColumns docs, FilterMask mask)
{
    readonly int[] _languages = new int[docs.Languages.Length];
    // Sessions and years are small numbers: counted in arrays, not dictionaries.
    const int MaxValue = 4096;
    readonly int[] _sessions = new int[MaxValue];
    readonly int[] _years = new int[MaxValue];
    readonly int[] _types = new int[3];
    readonly int[] _verbs = new int[docs.Verbs.Length];
    // Documents counted by group, not yet folded in: as found, and as brought by a match that fails the verb filter.
    int[]? _byGroup, _byGroupFailingVerb;
    FacetGroups? _groups;
    int _total;

    /// <summary>The documents counted that pass every filter.</summary>
    public int Total
    {
        get
        {
            Fold();
            return _total;
        }
    }

    /// <summary>
    /// Counts a document; <paramref name="broughtByVerbFailure"/>: it is the translation of a match that fails the
    /// verb filter, and is shown under that match's verb, so it fails that filter too.
    /// </summary>
    public void Add(int doc, bool broughtByVerbFailure = false)
    {
        if (mask.HasSymbols)
        {
            int failures = mask.Failures(doc) | (broughtByVerbFailure ? FilterMask.Verb : 0);
            Add(docs.LanguageIds[doc], docs.Sessions[doc], docs.Years[doc], docs.Types[doc], docs.VerbIds[doc], failures, 1);
            return;
        }
        var groups = _groups ??= docs.Groups;
        var counts = broughtByVerbFailure ? _byGroupFailingVerb ??= new int[groups.Count] : _byGroup ??= new int[groups.Count];
        counts[groups.GroupOf[doc]]++;
    }

    void Fold()
    {
        if (_byGroup is { } found) AddByGroup(found);
        if (_byGroupFailingVerb is { } brought) AddByGroup(brought, FilterMask.Verb);
        _byGroup = _byGroupFailingVerb = null;
    }

    /// <summary>Counts, for each facet group, that many paragraphs of it (browsing: the group's live paragraphs), the filters tested once a group.</summary>
    public void AddByGroup(int[] counts, int failing = 0)
    {
        var groups = docs.Groups;
        for (int g = 0; g < counts.Length; g++)
        {
            if (counts[g] == 0) continue;
            var (language, session, year, type, verb) = (groups.Languages[g], groups.Sessions[g], groups.Years[g], groups.Types[g], groups.Verbs[g]);
            Add(language, session, year, type, verb, (mask.IsEmpty ? 0 : mask.Failures(language, session, year, type, verb)) | failing, counts[g]);
        }
    }

    /// <summary>Counts <paramref name="count"/> paragraphs that share these values and these failures.</summary>
    void Add(byte language, short session, short year, byte type, int verb, int failures, int count)
    {
        if (failures == 0) _total += count;
        if ((failures & ~FilterMask.Language) == 0) _languages[language] += count;
        if ((failures & ~FilterMask.Session) == 0 && (uint)session < MaxValue) _sessions[session] += count;
        if ((failures & ~FilterMask.Year) == 0 && (uint)year < MaxValue) _years[year] += count;
        if ((failures & ~FilterMask.Type) == 0) _types[type] += count;
        if ((failures & ~FilterMask.Verb) == 0) _verbs[verb] += count;
    }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Result(int maxVerbs = 30)
    {
        Fold();
        return Facets(maxVerbs);
    }

    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets(int maxVerbs) => new Dictionary<string, IReadOnlyDictionary<string, int>>
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
