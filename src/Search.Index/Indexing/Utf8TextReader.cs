using System.Text;

namespace Search.Index.Indexing;

/// <summary>
/// A paragraph's UTF-8 text from the store's column, read by the analysis as characters, and set again for the
/// next paragraph: a build of a million paragraphs would otherwise make a string of each (a gigabyte of garbage)
/// only for the tokenizer to copy it into its own buffer.
/// </summary>
public sealed class Utf8TextReader : TextReader
{
    char[] _chars = new char[4096];
    int _length, _at;

    public Utf8TextReader Set(ReadOnlySpan<byte> utf8)
    {
        int most = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (most > _chars.Length) _chars = new char[Math.Max(most, _chars.Length * 2)];
        _length = Encoding.UTF8.GetChars(utf8, _chars);
        _at = 0;
        return this;
    }

    public override int Peek() => _at < _length ? _chars[_at] : -1;

    public override int Read() => _at < _length ? _chars[_at++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        int n = Math.Min(buffer.Length, _length - _at);
        _chars.AsSpan(_at, n).CopyTo(buffer);
        _at += n;
        return n;
    }
}
