using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Index.Analysis.Filters;

/// <summary>
/// Removes French elided articles and pronouns ("l'action", "qu'il", "jusqu'à"), so that "l'action" and
/// "action" meet. Unlike Lucene's ElisionFilter, the start offset moves past the elision, so highlighting marks
/// the word itself.
/// </summary>
public sealed class FrenchElisionFilter : TokenFilter
{
    static readonly HashSet<string> Elisions = ["l", "d", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "m", "t", "n", "s", "j", "c"];
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Elisions.GetAlternateLookup<ReadOnlySpan<char>>();

    readonly ICharTermAttribute _term;
    readonly IOffsetAttribute _offset;

    public FrenchElisionFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var chars = _term.Buffer.AsSpan(0, _term.Length);
        int apostrophe = chars.IndexOfAny('\'', '’');
        if (apostrophe > 0 && Lookup.Contains(chars[..apostrophe]))
        {
            int cut = apostrophe + 1;
            chars[cut..].CopyTo(_term.Buffer);
            _term.Length = chars.Length - cut;
            _offset.SetOffset(_offset.StartOffset + cut, _offset.EndOffset);
        }
        return true;
    }
}
