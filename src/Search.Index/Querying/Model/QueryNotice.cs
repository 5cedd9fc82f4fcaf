namespace Search.Index.Querying.Model;

/// <summary>What a notice is about; shells word it (or act on it) without editing sentences.</summary>
public enum NoticeCode
{
    QueryCut,
    UnclosedQuote,
    LonePrefix,
    UnmatchedClose,
    UnclosedParenthesis,
    NestedTooDeeply,
    TooManyWords,
    EmptyFilter,
    UnknownLanguage,
    NotARange,
    UnknownClauseType,
    NotASymbol,
    UnknownField,
    NoWords,
    OnlyCommonWords,
    SemanticUnavailable,
}

/// <summary>
/// Something about a query that was read differently from how it was typed: a code and the words of the query it
/// concerns (for a filter, the field and the value; for a limit, the number).
/// </summary>
public sealed record QueryNotice(NoticeCode Code, IReadOnlyList<string> Words)
{
    public QueryNotice(NoticeCode code, params string[] words) : this(code, (IReadOnlyList<string>)words) { }

    string Word(int i) => i < Words.Count ? Words[i] : "";

    /// <summary>The fault alone, e.g. "lang:de is not a language held here (en, fr, ru)": what a request parameter is told.</summary>
    public string Problem => Code switch
    {
        NoticeCode.QueryCut => $"The query is longer than {Word(0)} characters",
        NoticeCode.UnclosedQuote => "A quote is not closed",
        NoticeCode.LonePrefix => "A * stands alone",
        NoticeCode.UnmatchedClose => "A ) is not matched",
        NoticeCode.UnclosedParenthesis => "A ( is not closed",
        NoticeCode.NestedTooDeeply => "Parentheses are nested too deeply",
        NoticeCode.TooManyWords => $"The query has more than {Word(0)} words and phrases",
        NoticeCode.EmptyFilter => $"The filter {Word(0)}: has no value",
        NoticeCode.UnknownLanguage => $"{Word(0)}:{Word(1)} is not a language held here ({Documents.SupportedLanguages.Listed})",
        NoticeCode.NotARange => $"{Word(0)}:{Word(1)} is not a number or a range such as 2012..2014",
        NoticeCode.UnknownClauseType => $"{Word(0)}:{Word(1)} is not a clause type (preambular, operative, annex)",
        NoticeCode.NotASymbol => $"{Word(0)}:{Word(1)} is not a resolution symbol",
        NoticeCode.UnknownField => $"{Word(0)}: is not a field that can be filtered on",
        NoticeCode.NoWords => "The query has no words to search for",
        NoticeCode.OnlyCommonWords => "The query holds only very common words",
        NoticeCode.SemanticUnavailable => $"Semantic results are unavailable ({Word(0)})",
        _ => Code.ToString(),
    };

    /// <summary>What happened in the search, e.g. "lang:de is not a language held here (en, fr, ru) and was ignored.".</summary>
    public string Sentence => Code switch
    {
        NoticeCode.QueryCut => $"The query was cut to its first {Word(0)} characters.",
        NoticeCode.UnclosedQuote => "An unclosed quote was ignored; its words are searched as separate words.",
        NoticeCode.LonePrefix => "A lone * was ignored.",
        NoticeCode.UnmatchedClose => "An unmatched ) was ignored.",
        NoticeCode.UnclosedParenthesis => "An unclosed ( was closed at the end of the query.",
        NoticeCode.NestedTooDeeply => "Parentheses nested too deeply were ignored.",
        NoticeCode.TooManyWords => $"Only the first {Word(0)} words and phrases were searched.",
        NoticeCode.UnknownField => Problem + ".",
        NoticeCode.NoWords => "The query has no words to search for; showing every paragraph the filters allow.",
        NoticeCode.OnlyCommonWords => "The query holds only very common words, which are not searched.",
        NoticeCode.SemanticUnavailable => Problem + "; showing keyword results.",
        _ => Problem + " and was ignored.",
    };

    public override string ToString() => Sentence;

    /// <summary>All the notices as one text, each said once; null when there are none.</summary>
    public static string? Join(IEnumerable<QueryNotice> notices)
    {
        var sentences = notices.Select(n => n.Sentence).Distinct().ToList();
        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }
}
