using Search.Index.Analysis.Stemming;

namespace Search.Index.Analysis.Filters;

public sealed class StemFilter(IStemmer stemmer) : ITokenFilter
{
    public bool Apply(TokenState token)
    {
        var stem = stemmer.Stem(token.Term ?? new string(token.Chars));
        token.Term = stem;
        return stem.Length > 0;
    }
}
