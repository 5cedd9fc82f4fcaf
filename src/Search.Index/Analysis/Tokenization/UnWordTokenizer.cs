using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Index.Analysis.Tokenization;

/// <summary>
/// <see cref="UnTokenizer"/> as a Lucene <see cref="Tokenizer"/>: the same words and offsets, inside Lucene's
/// analysis chain. A run too long to be a word is skipped but keeps its position, as a removed stop word does.
/// </summary>
public sealed class UnWordTokenizer : Tokenizer
{
    readonly ICharTermAttribute _term;
    readonly IOffsetAttribute _offset;
    readonly IPositionIncrementAttribute _increment;
    char[] _text = new char[4096];
    int _length, _at;

    public UnWordTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        int skipped = 0;
        while (true)
        {
            var words = new UnTokenizer(_text.AsSpan(0, _length), _at);
            bool found = words.Next(out int start, out int end);
            _at = words.At;
            if (!found) return false;
            if (end - start > UnTokenizer.MaxWordLength) { skipped++; continue; }
            _term.CopyBuffer(_text, start, end - start);
            _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
            _increment.PositionIncrement = 1 + skipped;
            return true;
        }
    }

    public override void Reset()
    {
        base.Reset();
        // The whole text is read at once: words may join across any buffer boundary, and paragraphs are short.
        _length = 0;
        _at = 0;
        int read;
        while ((read = m_input.Read(_text, _length, _text.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _text.Length) Array.Resize(ref _text, _text.Length * 2);
        }
    }

    public override void End()
    {
        base.End();
        int final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }
}
