using System.Text;
using Search.Index.Querying.Model;

namespace Search.Index.Querying.Parsing;

/// <summary>
/// Splits query text into tokens. Never fails: an unclosed quote is dropped (its words stay), stray
/// characters become part of words, and each repair is reported as a notice.
/// </summary>
internal static class QueryLexer
{
    public static readonly IReadOnlySet<string> Fields = new HashSet<string> { "lang", "language", "session", "year", "type", "verb", "symbol" };

    public static List<QueryToken> Tokenize(string text, List<QueryNotice> notices)
    {
        var tokens = new List<QueryToken>();
        int i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { i++; continue; }
            if (c == '(') { tokens.Add(new(TokenKind.Open)); i++; continue; }
            if (c == ')') { tokens.Add(new(TokenKind.Close)); i++; continue; }
            if (IsQuote(c))
            {
                var (phrase, end) = ReadQuoted(text, i, notices);
                i = end;
                if (phrase is null) continue;
                var slop = ReadSlop(text, ref i);
                tokens.Add(new(TokenKind.Phrase, phrase, slop));
                continue;
            }
            if ((c == '+' || c == '-') && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] != c)
            {
                tokens.Add(new(c == '+' ? TokenKind.Plus : TokenKind.Minus));
                i++;
                continue;
            }
            if (c == '!' ) { tokens.Add(new(TokenKind.Not)); i++; continue; }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')') && !IsQuote(text[i])) i++;
            var word = text[start..i];
            var colon = word.IndexOf(':');
            if (colon > 0 && Fields.Contains(word[..colon].ToLowerInvariant()))
            {
                var field = word[..colon].ToLowerInvariant();
                var value = word[(colon + 1)..];
                if (value.Length == 0 && i < text.Length && IsQuote(text[i]))
                {
                    var (quoted, end) = ReadQuoted(text, i, notices);
                    i = end;
                    value = quoted ?? "";
                }
                tokens.Add(new(TokenKind.Field, value, Field: field == "language" ? "lang" : field));
                continue;
            }
            switch (word)
            {
                case "AND" or "&&": tokens.Add(new(TokenKind.And)); break;
                case "OR" or "||": tokens.Add(new(TokenKind.Or)); break;
                case "NOT": tokens.Add(new(TokenKind.Not)); break;
                default:
                    if (word.EndsWith('*'))
                    {
                        var prefix = word.TrimEnd('*');
                        if (prefix.Length == 0) notices.Add(new QueryNotice(NoticeCode.LonePrefix));
                        else tokens.Add(new(TokenKind.Prefix, prefix));
                    }
                    else tokens.Add(new(TokenKind.Word, word));
                    break;
            }
        }
        return tokens;
    }

    static bool IsQuote(char c) => c is '"' or '“' or '”' or '«' or '»' or '„';

    static (string? Text, int End) ReadQuoted(string text, int open, List<QueryNotice> notices)
    {
        int close = -1;
        for (int j = open + 1; j < text.Length; j++)
            if (IsQuote(text[j])) { close = j; break; }
        if (close < 0)
        {
            notices.Add(new QueryNotice(NoticeCode.UnclosedQuote));
            return (null, open + 1);
        }
        var inner = text[(open + 1)..close].Trim();
        if (inner.Length == 0) return (null, close + 1);
        return (inner, close + 1);
    }

    static int ReadSlop(string text, ref int i)
    {
        if (i >= text.Length || text[i] != '~') return 0;
        int j = i + 1;
        var digits = new StringBuilder();
        while (j < text.Length && char.IsAsciiDigit(text[j]) && digits.Length < 3) digits.Append(text[j++]);
        i = j;
        return digits.Length == 0 ? 2 : int.Parse(digits.ToString());
    }
}
