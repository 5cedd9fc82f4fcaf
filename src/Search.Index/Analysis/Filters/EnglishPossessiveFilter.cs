namespace Search.Index.Analysis.Filters;

/// <summary>"Assembly's" and "States’" are searched as "assembly" and "states".</summary>
public sealed class EnglishPossessiveFilter : ITokenFilter
{
    public static readonly EnglishPossessiveFilter Instance = new();

    public bool Apply(TokenState token)
    {
        var chars = token.Chars;
        if (chars.Length > 2 && chars[^1] is 's' or 'S' && chars[^2] is '\'' or '’')
        {
            token.Length -= 2;
            token.End -= 2;
        }
        return true;
    }
}
