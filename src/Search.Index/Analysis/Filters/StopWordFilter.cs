namespace Search.Index.Analysis.Filters;

/// <summary>Removes a language's most frequent function words; the analyzer keeps their positions as gaps.</summary>
public sealed class StopWordFilter(IEnumerable<string> words) : ITokenFilter
{
    readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup = new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Apply(TokenState token) => !_lookup.Contains(token.Chars);
}
