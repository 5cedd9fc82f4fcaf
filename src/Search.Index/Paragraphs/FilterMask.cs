using Search.Index.Querying.Model;

namespace Search.Index.Paragraphs;

/// <summary>
/// The filters compiled against the document columns. <see cref="Failures"/> gives, for a document, one bit per
/// facet whose filter it fails: zero means it passes all, one bit means it would pass if that facet's own
/// selection were lifted, which is what disjunctive facet counting needs.
/// </summary>
public sealed class FilterMask
{
    public const int Language = 1, Session = 2, Year = 4, Type = 8, Verb = 16, Symbol = 32;

    readonly DocColumns _docs;
    readonly bool[]? _languages;
    readonly IReadOnlyList<IntRange> _sessions;
    readonly IReadOnlyList<IntRange> _years;
    readonly bool[]? _types;
    readonly HashSet<int>? _verbs;
    readonly HashSet<int>? _symbols;

    public FilterMask(DocColumns docs, SearchFilters filters)
    {
        _docs = docs;
        // Sized for every language id, not just those named so far, so that no id is out of range.
        if (filters.Languages.Count > 0) _languages = [.. docs.Languages.Select(filters.Languages.Contains), .. new bool[256 - docs.Languages.Length]];
        _sessions = filters.Sessions;
        _years = filters.Years;
        if (filters.Types.Count > 0) _types = [filters.Types.Contains("preambular"), filters.Types.Contains("operative"), filters.Types.Contains("annex")];
        if (filters.Verbs.Count > 0) _verbs = Ids(docs.Verbs, filters.Verbs);
        if (filters.Symbols.Count > 0) _symbols = Ids(docs.Symbols, filters.Symbols);
        IsEmpty = filters.IsEmpty;
    }

    public bool IsEmpty { get; }

    /// <summary>Whether the symbol filter is set: browsing then visits only those resolutions' paragraphs.</summary>
    public bool HasSymbols => _symbols is not null;

    static HashSet<int> Ids(string[] values, IReadOnlySet<string> wanted)
    {
        var ids = new HashSet<int>();
        for (int i = 0; i < values.Length; i++) if (wanted.Contains(values[i])) ids.Add(i);
        return ids;
    }

    public int Failures(int doc)
    {
        if (IsEmpty) return 0;
        int mask = Failures(_docs.LanguageIds[doc], _docs.Sessions[doc], _docs.Years[doc], _docs.Types[doc], _docs.VerbIds[doc]);
        if (_symbols is not null && !_symbols.Contains(_docs.SymbolIds[doc])) mask |= Symbol;
        return mask;
    }

    /// <summary>The failures of any paragraph with these values, apart from the symbol filter.</summary>
    public int Failures(byte language, short session, short year, byte type, int verb)
    {
        int mask = 0;
        if (_languages is not null && !_languages[language]) mask |= Language;
        if (_sessions.Count > 0 && !InAny(_sessions, session)) mask |= Session;
        if (_years.Count > 0 && !InAny(_years, year)) mask |= Year;
        if (_types is not null && !_types[type]) mask |= Type;
        if (_verbs is not null && !_verbs.Contains(verb)) mask |= Verb;
        return mask;
    }

    static bool InAny(IReadOnlyList<IntRange> ranges, short value)
    {
        if (value == 0) return false;
        foreach (var r in ranges) if (r.Contains(value)) return true;
        return false;
    }
}
