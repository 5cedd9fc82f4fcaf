using System.Text.RegularExpressions;
using Search.Index.Documents;

namespace Search.Index.Ingestion.Formats;

/// <summary>
/// Splits extracted PDF text into pages and takes from each what belongs to no paragraph: the running head
/// (symbol and short title, in either order), page numbers, job numbers, bar codes, and the footnote area that
/// runs from the rule of underscores to the foot of the page. What is left is the body, line by line, with
/// <see cref="PageBreak"/> where one page ends and the next begins.
/// </summary>
public static partial class PageLayout
{
    /// <summary>Stands in the body where a page ended: a paragraph may go on across it.</summary>
    public const string PageBreak = "\f";

    /// <param name="Paged">Whether the text marked its pages; without page marks blank lines are taken as paragraph breaks.</param>
    public sealed record Result(IReadOnlyList<string?> Body, IReadOnlyList<Footnote> Footnotes, IReadOnlyList<string> Symbols, IReadOnlySet<string> RunningTitles, bool Paged);

    /// <param name="paged">Whether the text comes from a source that marks pages even when it has one (a PDF file).</param>
    public static Result Read(string text, bool? paged = null)
    {
        var pages = SplitPages(text);
        var body = new List<string?>();
        var footnotes = new List<Footnote>();
        var symbols = new List<string>();
        var runningTitles = new HashSet<string>(StringComparer.Ordinal);
        bool isPaged = paged ?? pages.Count > 1;

        for (int p = 0; p < pages.Count; p++)
        {
            var lines = pages[p].ToList();
            if (p > 0) RemoveRunningHead(lines, runningTitles);
            var area = new List<string>();
            bool inFootnotes = false;
            foreach (var raw in lines)
            {
                var line = raw.TrimEnd();
                var trimmed = line.Trim();
                // Under the rule a bare number is a note's number, not a page number.
                if (inFootnotes && FootnoteArea.IsMarker(trimmed)) { area.Add(trimmed); continue; }
                if (PageFurniture.IsFurniture(trimmed, out var symbol))
                {
                    if (symbol is not null) symbols.Add(symbol);
                    // Without page breaks the furniture is the only sign that the footnote area has ended.
                    if (!isPaged && inFootnotes) { footnotes.AddRange(FootnoteArea.Parse(area)); area.Clear(); inFootnotes = false; }
                    continue;
                }
                if (FootnoteRule().IsMatch(trimmed))
                {
                    if (area.Count > 0) { footnotes.AddRange(FootnoteArea.Parse(area)); area.Clear(); }
                    inFootnotes = true;
                    body.Add(null);
                    continue;
                }
                if (inFootnotes)
                {
                    if (trimmed.Length > 0) { area.Add(trimmed); continue; }
                    // A text without page breaks: a blank line after footnote text ends the area, as the old
                    // one-footnote-per-line exports have it.
                    if (isPaged || !FootnoteArea.HasText(area)) continue;
                    footnotes.AddRange(FootnoteArea.Parse(area));
                    area.Clear();
                    inFootnotes = false;
                    body.Add(null);
                    continue;
                }
                body.Add(trimmed.Length == 0 ? null : line);
            }
            if (area.Count > 0) footnotes.AddRange(FootnoteArea.Parse(area));
            if (p < pages.Count - 1) body.Add(PageBreak);
        }
        return new Result(ExplodedLines.Repair(body), footnotes, symbols, runningTitles, isPaged);
    }

    /// <summary>Form feeds separate pages; text without them is one page.</summary>
    static List<string[]> SplitPages(string text)
    {
        var normalized = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return normalized.Split('\f').Select(p => p.Split('\n')).ToList();
    }

    /// <summary>
    /// The head of a later page: the symbol and the short title as two blocks, the symbol first on even pages and
    /// last on odd ones. The title block is removed beside the symbol, and wherever it recurs at a page's top.
    /// </summary>
    static void RemoveRunningHead(List<string> lines, HashSet<string> runningTitles)
    {
        var blocks = Blocks(lines, 3);
        if (blocks.Count == 0) return;
        int symbolAt = -1;
        for (int b = 0; b < Math.Min(2, blocks.Count); b++)
            if (blocks[b].Count == 1 && IsRunningSymbol(lines[blocks[b].Start])) { symbolAt = b; break; }

        (int Start, int Count)? title = null;
        if (symbolAt == 1) title = blocks[0];
        else if (symbolAt == 0 && blocks.Count > 1 && LooksLikeTitle(lines, blocks[1], runningTitles)) title = blocks[1];
        else if (symbolAt < 0 && runningTitles.Contains(Joined(lines, blocks[0]))) title = blocks[0];
        if (title is { } t)
        {
            runningTitles.Add(Joined(lines, t));
            for (int i = t.Start; i < t.Start + t.Count; i++) lines[i] = "";
        }
    }

    static bool IsRunningSymbol(string line) => PageFurniture.IsFurniture(line.Trim(), out var symbol) && symbol is not null;

    static bool LooksLikeTitle(List<string> lines, (int Start, int Count) block, HashSet<string> known)
    {
        var text = Joined(lines, block);
        if (known.Contains(text)) return true;
        if (block.Count > 3 || text.Length == 0 || !char.IsUpper(text[0])) return false;
        if (ParagraphStart().IsMatch(text)) return false;
        return !",;:.".Contains(text[^1]);
    }

    static string Joined(List<string> lines, (int Start, int Count) block) =>
        Whitespace.Collapse(string.Join(" ", lines.Skip(block.Start).Take(block.Count)));

    /// <summary>The first <paramref name="max"/> groups of non-blank lines, furniture aside.</summary>
    static List<(int Start, int Count)> Blocks(List<string> lines, int max)
    {
        var blocks = new List<(int, int)>();
        int start = -1;
        for (int i = 0; i <= lines.Count && blocks.Count < max; i++)
        {
            bool content = i < lines.Count && lines[i].Trim().Length > 0
                && (!PageFurniture.IsFurniture(lines[i].Trim(), out var s) || s is not null);
            bool symbolLine = content && IsRunningSymbol(lines[i]);
            if (content && start >= 0 && symbolLine) { blocks.Add((start, i - start)); start = -1; }
            if (content && start < 0) { start = i; if (symbolLine) { blocks.Add((i, 1)); start = -1; } continue; }
            if (!content && start >= 0 && (i == lines.Count || lines[i].Trim().Length == 0)) { blocks.Add((start, i - start)); start = -1; }
        }
        return blocks;
    }

    [GeneratedRegex(@"^_{5,}$")] private static partial Regex FootnoteRule();
    [GeneratedRegex(@"^(\d{1,3}\.|\([a-z]{1,2}\)|\([ivx]{1,5}\))(\s|$)")] private static partial Regex ParagraphStart();
}
