namespace Search.Index.Analysis.Filters;

public sealed class LowerCaseFilter : ITokenFilter
{
    public static readonly LowerCaseFilter Instance = new();

    public bool Apply(TokenState token)
    {
        var chars = token.Chars;
        for (int i = 0; i < chars.Length; i++) chars[i] = char.ToLowerInvariant(chars[i]);
        return true;
    }
}
