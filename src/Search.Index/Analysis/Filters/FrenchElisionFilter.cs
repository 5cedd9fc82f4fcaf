namespace Search.Index.Analysis.Filters;

/// <summary>
/// Removes French elided articles and pronouns ("l'action", "qu'il", "jusqu'à"), so that "l'action" and
/// "action" meet. The token's start moves past the elision, so highlighting marks the word itself.
/// </summary>
public sealed class FrenchElisionFilter : ITokenFilter
{
    static readonly HashSet<string> Elisions = ["l", "d", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "m", "t", "n", "s", "j", "c"];

    public static readonly FrenchElisionFilter Instance = new();
    readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup = Elisions.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Apply(TokenState token)
    {
        var chars = token.Chars;
        int apostrophe = chars.IndexOfAny('\'', '’');
        if (apostrophe <= 0 || !_lookup.Contains(chars[..apostrophe])) return true;
        int cut = apostrophe + 1;
        chars[cut..].CopyTo(token.Buffer);
        token.Length -= cut;
        token.Start += cut;
        return true;
    }
}
