using System.Collections.Concurrent;
using Search.Index.Analysis.Stemming;

namespace Search.Index.Analysis.Filters;

/// <summary>
/// Replaces a word by its stem. UN texts reuse a small vocabulary, so stems are remembered (up to a bound) and
/// looked up by the token's characters without making a string for words seen before.
/// </summary>
public sealed class StemFilter(IStemmer stemmer, int cacheSize = 200_000) : ITokenFilter
{
    readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public bool Apply(TokenState token)
    {
        var lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (token.Term is null && lookup.TryGetValue(token.Chars, out var cached))
        {
            token.Term = cached;
            return cached.Length > 0;
        }
        var word = token.Term ?? new string(token.Chars);
        var stem = stemmer.Stem(word);
        if (_cache.Count < cacheSize) _cache.TryAdd(word, stem);
        token.Term = stem;
        return stem.Length > 0;
    }
}
