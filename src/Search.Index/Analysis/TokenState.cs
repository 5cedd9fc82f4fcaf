namespace Search.Index.Analysis;

/// <summary>
/// The token being analysed, reused from token to token: its characters (filters change them in place), its
/// character offsets in the original text, and once materialised, the term string.
/// </summary>
public sealed class TokenState
{
    public const int MaxLength = 255;

    public char[] Buffer { get; } = new char[MaxLength];
    public int Length { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    /// <summary>Set by a filter that needs a string (a stemmer); otherwise made from the buffer at the end.</summary>
    public string? Term { get; set; }

    public Span<char> Chars => Buffer.AsSpan(0, Length);

    public void Reset(ReadOnlySpan<char> chars, int start, int end)
    {
        chars.CopyTo(Buffer);
        Length = chars.Length;
        Start = start;
        End = end;
        Term = null;
    }
}
