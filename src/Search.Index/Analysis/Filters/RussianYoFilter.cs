using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Index.Analysis.Filters;

/// <summary>ё is usually printed as е in UN Russian texts; folding makes both spellings meet.</summary>
public sealed class RussianYoFilter : TokenFilter
{
    readonly ICharTermAttribute _term;

    public RussianYoFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        _term.Buffer.AsSpan(0, _term.Length).Replace('ё', 'е');
        return true;
    }
}
