using Search.Index.Analysis;

namespace Search.Index.Highlighting;

/// <summary>A stretch of a text, from <see cref="Start"/> up to (not including) <see cref="End"/>.</summary>
public readonly record struct TextSpan(int Start, int End);

/// <summary>
/// A paragraph's snippet as plain text with the stretches to mark; each shell renders it its own way (the web
/// escapes the text and wraps marks in &lt;mark&gt;, the CLI brackets them).
/// </summary>
public sealed record HighlightedText(string Text, IReadOnlyList<TextSpan> Marks)
{
    /// <summary>The text in order as runs, each marked or not.</summary>
    public IEnumerable<(string Text, bool Marked)> Parts()
    {
        int at = 0;
        foreach (var mark in Marks)
        {
            if (mark.Start > at) yield return (Text[at..mark.Start], false);
            yield return (Text[mark.Start..mark.End], true);
            at = mark.End;
        }
        if (at < Text.Length) yield return (Text[at..], false);
    }
}

/// <summary>
/// Marks the query's terms in a paragraph from the analyzer's offsets on the original text: a matched phrase
/// is one span from its first to its last word, and neighbouring marks are joined.
/// </summary>
public static class Highlighter
{
    public const int SnippetLength = 300;

    const string Ellipsis = "… ";

    public static HighlightedText Snippet(string text, string language, HighlightTerms terms, ITermSource analysis, int length = SnippetLength)
    {
        var spans = terms.IsEmpty ? [] : Spans(text, language, terms, analysis);
        int from = 0, to = text.Length;
        if (text.Length > length)
        {
            int start = BestWindow(spans, length);
            from = start <= 0 ? 0 : WordStart(text, start);
            to = Math.Min(text.Length, WordEnd(text, from + length));
        }
        // Offsets move by what the window cuts off at the start and the ellipsis put in its place.
        int shift = (from > 0 ? Ellipsis.Length : 0) - from;
        var marks = new List<TextSpan>();
        foreach (var (start, end) in spans)
        {
            if (end <= from || start >= to) continue;
            marks.Add(new TextSpan(Math.Max(start, from) + shift, Math.Min(end, to) + shift));
        }
        var window = (from > 0 ? Ellipsis : "") + text[from..to] + (to < text.Length ? " …" : "");
        return new HighlightedText(window, marks);
    }

    public static List<(int Start, int End)> Spans(string text, string language, HighlightTerms terms, ITermSource analysis)
    {
        var tokens = new List<(string Term, int Position, int Start, int End)>();
        analysis.Analyze(language, text, (term, position, start, end) => tokens.Add((term, position, start, end)));
        var spans = new List<(int Start, int End)>();
        foreach (var t in tokens)
            if (terms.Terms.Contains(t.Term)) spans.Add((t.Start, t.End));

        if (terms.Phrases.Count > 0)
        {
            var byPosition = tokens.ToLookup(t => t.Position);
            foreach (var (phraseTerms, offsets, slop) in terms.Phrases)
            {
                foreach (var first in tokens)
                {
                    if (first.Term != phraseTerms[0]) continue;
                    int anchor = first.Position - offsets[0];
                    int start = first.Start, end = first.End;
                    bool all = true;
                    for (int i = 1; i < phraseTerms.Length && all; i++)
                    {
                        all = false;
                        for (int p = anchor + offsets[i] - slop; p <= anchor + offsets[i] + slop && !all; p++)
                            foreach (var t in byPosition[p])
                                if (t.Term == phraseTerms[i]) { all = true; start = Math.Min(start, t.Start); end = Math.Max(end, t.End); break; }
                    }
                    if (all) spans.Add((start, end));
                }
            }
        }
        return Merge(text, spans);
    }

    static List<(int Start, int End)> Merge(string text, List<(int Start, int End)> spans)
    {
        spans.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && (span.Start <= merged[^1].End || OnlySpaces(text, merged[^1].End, span.Start)))
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            else merged.Add(span);
        }
        return merged;
    }

    /// <summary>The window start that shows the most marked text, trying windows that begin a little before a mark or end a little after one.</summary>
    static int BestWindow(List<(int Start, int End)> spans, int length)
    {
        int best = 0, bestCovered = -1;
        foreach (var span in spans)
        {
            foreach (var from in new[] { Math.Max(0, span.Start - length / 4), Math.Max(0, span.End + length / 8 - length) })
            {
                int to = from + length, covered = 0;
                foreach (var s in spans) covered += Math.Max(0, Math.Min(s.End, to) - Math.Max(s.Start, from));
                if (covered > bestCovered) { bestCovered = covered; best = from; }
            }
        }
        return best;
    }

    static bool OnlySpaces(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    static int WordStart(string text, int i)
    {
        i = Math.Clamp(i, 0, text.Length);
        while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        return i;
    }

    static int WordEnd(string text, int i)
    {
        i = Math.Clamp(i, 0, text.Length);
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
