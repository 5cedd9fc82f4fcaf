using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Search.Index.Analysis.Stemming;

namespace Search.Index.Analysis.Filters;

/// <summary>
/// Replaces a word by its stem with one of our Snowball stemmers, which reproduce the official vocabularies
/// exactly (Lucene's own do not). A word whose stem is empty is removed and leaves its position as a gap.
/// </summary>
public sealed class SnowballStemFilter : FilteringTokenFilter
{
    readonly ICharTermAttribute _term;
    readonly StemCache _stems;

    public SnowballStemFilter(TokenStream input, StemCache stems) : base(LuceneVersion.LUCENE_48, input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _stems = stems;
    }

    protected override bool Accept()
    {
        var stem = _stems.Stem(_term.Buffer.AsSpan(0, _term.Length));
        _term.SetEmpty().Append(stem);
        return stem.Length > 0;
    }
}

/// <summary>
/// A stemmer's answers, remembered up to a bound: UN texts reuse a small vocabulary, and a word seen before is
/// looked up by its characters without making a string. Shared by every thread's analysis chain of a language.
/// </summary>
public sealed class StemCache(IStemmer stemmer, int capacity = 200_000)
{
    readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);

    public string Stem(ReadOnlySpan<char> word)
    {
        var lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var cached)) return cached;
        var text = new string(word);
        var stem = stemmer.Stem(text);
        if (_stems.Count < capacity) _stems.TryAdd(text, stem);
        return stem;
    }
}
