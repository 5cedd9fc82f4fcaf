namespace Search.Index.Analysis.Filters;

/// <summary>ё is usually printed as е in UN Russian texts; folding makes both spellings meet.</summary>
public sealed class RussianYoFilter : ITokenFilter
{
    public static readonly RussianYoFilter Instance = new();

    public bool Apply(TokenState token)
    {
        token.Chars.Replace('ё', 'е');
        return true;
    }
}
