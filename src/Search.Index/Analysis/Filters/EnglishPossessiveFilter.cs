using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Index.Analysis.Filters;

/// <summary>
/// "Assembly's" and "States’" are searched as "assembly" and "states". Unlike Lucene's filter of the same name,
/// the end offset moves back too, so a highlight marks the word without its 's.
/// </summary>
public sealed class EnglishPossessiveFilter : TokenFilter
{
    readonly ICharTermAttribute _term;
    readonly IOffsetAttribute _offset;

    public EnglishPossessiveFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var chars = _term.Buffer;
        int length = _term.Length;
        if (length > 2 && chars[length - 1] is 's' or 'S' && chars[length - 2] is '\'' or '’')
        {
            _term.Length = length - 2;
            _offset.SetOffset(_offset.StartOffset, _offset.EndOffset - 2);
        }
        return true;
    }
}
