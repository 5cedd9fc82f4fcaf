namespace Search.Index.Ingestion.Formats;

public static class TextLines
{
    /// <summary>Splits on any line ending; a form feed (page break) counts as a blank line.</summary>
    public static string[] Split(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Replace("\f", "\n\n").Split('\n');
}

public static class Whitespace
{
    public static string Collapse(string s)
    {
        var buffer = new System.Text.StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || c == '\u00AD' || char.IsControl(c))
            {
                // Soft hyphens are invisible line-break hints, not characters of the word.
                if (c == '\u00AD') continue;
                space = buffer.Length > 0;
                continue;
            }
            if (space) { buffer.Append(' '); space = false; }
            buffer.Append(c);
        }
        return buffer.ToString();
    }
}

public static class SuperscriptDigits
{
    const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static string Remove(string s) =>
        s.AsSpan().IndexOfAny(Superscripts) < 0 ? s : string.Concat(s.Where(c => !Superscripts.Contains(c)));

    public static string ToPlain(string marker) =>
        new(marker.Select(c => Superscripts.IndexOf(c) is var i and >= 0 ? (char)('0' + i) : c).ToArray());
}
