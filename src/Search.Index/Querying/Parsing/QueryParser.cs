using Search.Index.Documents;
using Search.Index.Querying.Model;

namespace Search.Index.Querying.Parsing;

/// <summary>
/// Parses the query language: words (all required), "phrases", "phrase"~N, AND / OR / NOT, + and -,
/// parentheses, prefix*, and field filters (lang:fr, session:68, year:2012..2014, type:operative, verb:urges,
/// symbol:A/RES/68/30). It never throws: whatever cannot be read as written is read as plain words, with a notice.
/// </summary>
public static class QueryParser
{
    public const int MaxLength = 2000;
    const int MaxDepth = 20;
    const int MaxClauses = 64;

    public static ParsedQuery Parse(string? text)
    {
        var notices = new List<QueryNotice>();
        text ??= "";
        if (text.Length > MaxLength)
        {
            notices.Add(new QueryNotice(NoticeCode.QueryCut, MaxLength.ToString()));
            text = text[..MaxLength];
        }
        var tokens = QueryLexer.Tokenize(text, notices);
        var state = new State(tokens, notices);
        var root = state.ParseOr(0);
        while (!state.AtEnd)
        {
            // Only a stray ")" stops the top level; skip it and go on.
            notices.Add(new QueryNotice(NoticeCode.UnmatchedClose));
            state.Skip();
            var more = state.ParseOr(0);
            root = Combine(Occur.Must, [root, more]);
        }
        root = Simplify(root) ?? new MatchAllQuery();
        if (root is BooleanQuery b && b.Clauses.All(c => c.Occur == Occur.MustNot))
            root = new BooleanQuery([new(Occur.Must, new MatchAllQuery()), .. b.Clauses]);
        return new ParsedQuery(root, state.Filters, notices.Distinct().ToList());
    }

    sealed class State(List<QueryToken> tokens, List<QueryNotice> notices)
    {
        int _position;
        int _clauses;
        public SearchFilters Filters { get; private set; } = SearchFilters.None;
        public bool AtEnd => _position >= tokens.Count;
        public void Skip() => _position++;
        QueryToken? Peek => _position < tokens.Count ? tokens[_position] : null;

        public QueryNode? ParseOr(int depth)
        {
            var alternatives = new List<QueryNode?> { ParseAnd(depth) };
            while (Peek is { Kind: TokenKind.Or })
            {
                _position++;
                alternatives.Add(ParseAnd(depth));
            }
            var present = alternatives.Where(a => a is not null).ToList();
            if (present.Count == 1) return present[0];
            if (present.Count == 0) return null;
            return new BooleanQuery(present.Select(a => new BooleanClause(Occur.Should, a!)).ToList());
        }

        QueryNode? ParseAnd(int depth)
        {
            var clauses = new List<BooleanClause>();
            while (Peek is { } token && token.Kind is not (TokenKind.Or or TokenKind.Close))
            {
                if (token.Kind == TokenKind.And) { _position++; continue; }
                var occur = Occur.Must;
                while (Peek is { Kind: TokenKind.Not or TokenKind.Minus or TokenKind.Plus } modifier)
                {
                    _position++;
                    if (modifier.Kind != TokenKind.Plus) occur = Occur.MustNot;
                }
                var node = ParsePrimary(depth);
                if (node is null) continue;
                if (++_clauses > MaxClauses)
                {
                    notices.Add(new QueryNotice(NoticeCode.TooManyWords, MaxClauses.ToString()));
                    continue;
                }
                clauses.Add(new BooleanClause(occur, node));
            }
            if (clauses.Count == 0) return null;
            if (clauses.Count == 1 && clauses[0].Occur == Occur.Must) return clauses[0].Query;
            return new BooleanQuery(clauses);
        }

        QueryNode? ParsePrimary(int depth)
        {
            if (Peek is not { } token) return null;
            _position++;
            switch (token.Kind)
            {
                case TokenKind.Word: return new WordQuery(token.Text);
                case TokenKind.Prefix: return new PrefixQuery(token.Text);
                case TokenKind.Phrase: return new PhraseQuery(token.Text, token.Slop);
                case TokenKind.Field: AddFilter(token.Field, token.Text); return null;
                case TokenKind.Open:
                    if (depth >= MaxDepth)
                    {
                        notices.Add(new QueryNotice(NoticeCode.NestedTooDeeply));
                        return null;
                    }
                    var inner = ParseOr(depth + 1);
                    if (Peek is { Kind: TokenKind.Close }) _position++;
                    else notices.Add(new QueryNotice(NoticeCode.UnclosedParenthesis));
                    return inner;
                default:
                    return null;
            }
        }

        void AddFilter(string field, string value)
        {
            var parsed = FilterValues.TryRead(field, value, out var filter, out var problem);
            if (!parsed) { notices.Add(problem!); return; }
            Filters = Filters.Merge(filter!);
        }
    }

    static QueryNode Combine(Occur occur, IEnumerable<QueryNode?> nodes) =>
        new BooleanQuery(nodes.Where(n => n is not null).Select(n => new BooleanClause(occur, n!)).ToList());

    static QueryNode? Simplify(QueryNode? node)
    {
        if (node is not BooleanQuery b) return node;
        var clauses = b.Clauses.Select(c => c with { Query = Simplify(c.Query)! }).Where(c => c.Query is not null).ToList();
        if (clauses.Count == 0) return null;
        if (clauses.Count == 1 && clauses[0].Occur is Occur.Must or Occur.Should) return clauses[0].Query;
        return new BooleanQuery(clauses);
    }
}

/// <summary>Reads the value of one field filter; a value that cannot be read is reported and the filter left out.</summary>
public static class FilterValues
{
    public static bool TryRead(string field, string value, out SearchFilters? filter, out QueryNotice? problem)
    {
        filter = null;
        problem = null;
        var values = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (values.Length == 0) { problem = new QueryNotice(NoticeCode.EmptyFilter, field); return false; }
        switch (field)
        {
            case "lang":
                var langs = values.Select(v => v.ToLowerInvariant()).ToList();
                var unknown = langs.FirstOrDefault(l => !SupportedLanguages.IsSupported(l));
                if (unknown is not null) { problem = new QueryNotice(NoticeCode.UnknownLanguage, field, unknown); return false; }
                filter = new SearchFilters { Languages = langs.ToHashSet() };
                return true;
            case "session" or "year":
                var ranges = new List<IntRange>();
                foreach (var v in values)
                {
                    if (!TryRange(v, out var range)) { problem = new QueryNotice(NoticeCode.NotARange, field, v); return false; }
                    ranges.Add(range);
                }
                filter = field == "year" ? new SearchFilters { Years = ranges } : new SearchFilters { Sessions = ranges };
                return true;
            case "type":
                var types = new HashSet<string>();
                foreach (var v in values)
                {
                    if (!ClauseTypeNames.TryParse(v, out var type)) { problem = new QueryNotice(NoticeCode.UnknownClauseType, field, v); return false; }
                    types.Add(type.ToName());
                }
                filter = new SearchFilters { Types = types };
                return true;
            case "verb":
                filter = new SearchFilters { Verbs = values.Select(v => v.ToLowerInvariant()).ToHashSet() };
                return true;
            case "symbol":
                var symbols = values.Select(Symbols.Normalize).ToList();
                if (symbols.Any(s => s is null)) { problem = new QueryNotice(NoticeCode.NotASymbol, field, value); return false; }
                filter = new SearchFilters { Symbols = symbols.Select(s => s!).ToHashSet() };
                return true;
            default:
                problem = new QueryNotice(NoticeCode.UnknownField, field);
                return false;
        }
    }

    public static bool TryRange(string text, out IntRange range)
    {
        range = default;
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            if (!int.TryParse(text, out var single) || single < 0 || single > 9999) return false;
            range = new IntRange(single, single);
            return true;
        }
        var fromText = text[..dots];
        var toText = text[(dots + 2)..];
        int from = 0, to = 9999;
        if (fromText.Length > 0 && !int.TryParse(fromText, out from)) return false;
        if (toText.Length > 0 && !int.TryParse(toText, out to)) return false;
        if (from > to) (from, to) = (to, from);
        range = new IntRange(Math.Max(0, from), Math.Min(9999, to));
        return true;
    }
}
