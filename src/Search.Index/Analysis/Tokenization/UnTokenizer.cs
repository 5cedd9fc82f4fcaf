namespace Search.Index.Analysis.Tokenization;

/// <summary>
/// Splits UN text into words with their offsets. Letters and digits make words; an apostrophe between letters
/// stays inside ("l'action", "Assembly's") for the elision and possessive filters; a hyphen splits
/// ("anti-personnel" gives two neighbouring words); slashes join document symbols into one searchable word
/// ("A/RES/68/30", "54/54"). Everything else (punctuation, superscript footnote digits, control characters,
/// lone surrogates) separates words.
/// </summary>
public ref struct UnTokenizer(ReadOnlySpan<char> text, int at = 0)
{
    /// <summary>Longer runs of letters are not words (a stripped data blob, a URL without separators) and are skipped.</summary>
    public const int MaxWordLength = 255;

    readonly ReadOnlySpan<char> _text = text;
    int _at = at;

    /// <summary>Where the next call starts reading, so a caller that cannot hold this struct can resume.</summary>
    public readonly int At => _at;

    public bool Next(out int start, out int end)
    {
        var text = _text;
        while (_at < text.Length && !IsWordChar(text[_at])) _at++;
        start = _at;
        if (_at >= text.Length) { end = _at; return false; }

        bool symbol = false;
        while (_at < text.Length)
        {
            var c = text[_at];
            if (IsWordChar(c)) { _at++; continue; }
            bool next = _at + 1 < text.Length && IsWordChar(text[_at + 1]);
            if (IsApostrophe(c) && next && char.IsLetter(text[_at - 1]) && char.IsLetter(text[_at + 1])) { _at++; continue; }
            if (c == '/' && next) { symbol = true; _at++; continue; }
            // "A/68/L.5": a dot inside a symbol.
            if (c == '.' && symbol && next) { _at++; continue; }
            break;
        }
        end = _at;
        return true;
    }

    static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';
}
