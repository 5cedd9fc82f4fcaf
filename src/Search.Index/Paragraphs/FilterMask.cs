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
    // One flag a value (language, session, year, type, verb and symbol ids) for the values the filters let
    // through: this runs for every match and every translation, so a lookup, never a search through ranges.
    readonly bool[]? _languages;
    readonly bool[]? _sessions;
    readonly bool[]? _years;
    readonly bool[]? _types;
    readonly bool[]? _verbs;
    readonly bool[]? _symbols;

    public FilterMask(DocColumns docs, SearchFilters filters)
    {
        _docs = docs;
        // Sized for every language id, not just those named so far, so that no id is out of range.
        if (filters.Languages.Count > 0) _languages = [.. docs.Languages.Select(filters.Languages.Contains), .. new bool[256 - docs.Languages.Length]];
        _sessions = Admitted(filters.Sessions);
        _years = Admitted(filters.Years);
        if (filters.Types.Count > 0) _types = [filters.Types.Contains("preambular"), filters.Types.Contains("operative"), filters.Types.Contains("annex")];
        if (filters.Verbs.Count > 0) _verbs = Ids(docs.Verbs, filters.Verbs);
        if (filters.Symbols.Count > 0) _symbols = Ids(docs.Symbols, filters.Symbols);
        IsEmpty = filters.IsEmpty;
    }

    public bool IsEmpty { get; }

    /// <summary>Whether the symbol filter is set: browsing then visits only those resolutions' paragraphs.</summary>
    public bool HasSymbols => _symbols is not null;

    static bool[] Ids(string[] values, IReadOnlySet<string> wanted)
    {
        var ids = new bool[values.Length];
        for (int i = 0; i < values.Length; i++) ids[i] = wanted.Contains(values[i]);
        return ids;
    }

    /// <summary>The session or year values within the ranges; 0 stands for unknown and is never let through.</summary>
    static bool[]? Admitted(IReadOnlyList<IntRange> ranges)
    {
        if (ranges.Count == 0) return null;
        int top = Math.Clamp(ranges.Max(r => r.To), 0, short.MaxValue);
        var admitted = new bool[top + 1];
        foreach (var range in ranges)
            for (int value = Math.Max(1, range.From); value <= Math.Min(range.To, top); value++) admitted[value] = true;
        return admitted;
    }

    static bool Admits(bool[] admitted, int value) => (uint)value < (uint)admitted.Length && admitted[value];

    public int Failures(int doc)
    {
        if (IsEmpty) return 0;
        int mask = Failures(_docs.LanguageIds[doc], _docs.Sessions[doc], _docs.Years[doc], _docs.Types[doc], _docs.VerbIds[doc]);
        if (_symbols is not null && !Admits(_symbols, _docs.SymbolIds[doc])) mask |= Symbol;
        return mask;
    }

    /// <summary>Whether a document fails the verb filter: a translation it brings is shown under its verb, so fails with it.</summary>
    public bool FailsVerb(int doc) => _verbs is not null && !Admits(_verbs, _docs.VerbIds[doc]);

    /// <summary>The failures of any paragraph with these values, apart from the symbol filter.</summary>
    public int Failures(byte language, short session, short year, byte type, int verb)
    {
        int mask = 0;
        if (_languages is not null && !_languages[language]) mask |= Language;
        if (_sessions is not null && !Admits(_sessions, session)) mask |= Session;
        if (_years is not null && !Admits(_years, year)) mask |= Year;
        if (_types is not null && !_types[type]) mask |= Type;
        if (_verbs is not null && !Admits(_verbs, verb)) mask |= Verb;
        return mask;
    }
}
