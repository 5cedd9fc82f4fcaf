using System.Text.RegularExpressions;
using Search.Index.Documents;
using Search.Index.Ingestion.Clauses;

namespace Search.Index.Ingestion.Formats;

/// <summary>
/// Reads text extracted from a PDF: hard line breaks inside paragraphs, words hyphenated across lines, page
/// furniture and footnote areas (see <see cref="PageLayout"/>), and paragraphs that may or may not be separated by
/// blank lines. Blank lines are weak evidence here: extraction adds them around page furniture and removes them
/// between paragraphs, so a paragraph starts where a clause starts (a number, a sub-paragraph letter, a lead
/// after a clause ending) and a blank line ends one only after a clause ending.
/// </summary>
public static partial class PdfTextReader
{
    public static CleanDocument Read(string text, string language) => Read(PageLayout.Read(text), language);

    /// <summary>Joins body lines into blocks; <paramref name="italicLeads"/> maps a line's text to its italic lead where the PDF showed one.</summary>
    /// <param name="referencesRemoved">The source showed footnote references apart (raised in a PDF), so digits left in the text are text.</param>
    public static CleanDocument Read(PageLayout.Result layout, string language, IReadOnlyDictionary<string, string>? italicLeads = null, bool referencesRemoved = false)
    {
        var body = layout.Body;
        var references = new FootnoteMarkers(referencesRemoved ? new HashSet<string>() : layout.Footnotes.Select(f => f.Marker).Where(m => m.Length > 0).ToHashSet());
        var vocabulary = Vocabulary(body);
        var blocks = new List<SourceBlock>();
        var pending = new List<string>();
        string? pendingLead = null;
        bool header = true, blank = false, pageBreak = false, annexTitleNext = false;

        void Flush()
        {
            if (pending.Count == 0) return;
            var joined = Whitespace.Collapse(LineJoiner.Join(pending, vocabulary));
            pending.Clear();
            if (joined.Length > 0) blocks.Add(new SourceBlock(joined, pendingLead));
            pendingLead = null;
        }

        for (int i = 0; i < body.Count; i++)
        {
            var line = body[i];
            if (line is null) { blank = true; continue; }
            if (line == PageLayout.PageBreak) { pageBreak = true; continue; }
            var cleaned = references.RemoveFrom(line).Trim();
            if (cleaned.Length == 0) continue;
            string? lead = italicLeads is not null && italicLeads.TryGetValue(line.Trim(), out var l) ? l : null;

            // Recitals before the opener (the Universal Declaration's "Whereas ...") end the header too.
            if (header && pending.Count == 0 | !ContinuesHeaderLine(pending, cleaned, blank) && LeadPhrases.LooksLikePreambularLead(language, cleaned))
            {
                Flush();
                header = false;
            }
            if (header)
            {
                if (ClauseMarkers.Opener(cleaned) is not null)
                {
                    Flush();
                    blocks.Add(new SourceBlock(Whitespace.Collapse(cleaned)));
                    header = false;
                }
                else if (PartLetter().IsMatch(cleaned) && pending.Count > 0 && TitleStart().Match(pending[0]) is { Success: true } t)
                    pending[0] = $"{t.Groups[1].Value} {cleaned[0]}.{pending[0][t.Length..]}"; // "71/161. Title" and "B" under it
                else
                {
                    if (!ContinuesHeaderLine(pending, cleaned, blank)) Flush();
                    pending.Add(cleaned);
                }
                blank = pageBreak = false;
                continue;
            }

            var previous = pending.Count > 0 ? pending[^1] : null;
            if (ClauseMarkers.IsAnnexHeading(cleaned))
            {
                // "Annex II", then the annex's own title on the next line, each a block of its own.
                Flush();
                blocks.Add(new SourceBlock(cleaned));
                annexTitleNext = true;
                blank = pageBreak = false;
                continue;
            }
            if (annexTitleNext)
            {
                annexTitleNext = false;
                if (!",;:.".Contains(cleaned[^1]) && !OperativeNumberLine().IsMatch(cleaned))
                {
                    blocks.Add(new SourceBlock(cleaned));
                    blank = pageBreak = false;
                    continue;
                }
            }
            if (SectionHeadingEnd(cleaned, previous, body, i) is int last and >= 0)
            {
                Flush();
                var heading = string.Join(" ", body.Skip(i).Take(last - i + 1).Where(l => l is not null && l != PageLayout.PageBreak));
                blocks.Add(new SourceBlock(Whitespace.Collapse(heading)) { IsHeading = true });
                i = last;
                blank = pageBreak = false;
                continue;
            }
            // Where the PDF showed its italics, they alone say where a lead opens a clause ("включая" after a comma is no lead).
            bool starts = StartsParagraph(cleaned, previous, italicLeads is null ? language : null) || lead is not null && EndsClause(previous);
            bool ends = blank && (!layout.Paged || EndsClause(previous, allowFullStop: !pageBreak));
            if (pending.Count > 0 && (starts || ends)) Flush();
            if (pending.Count == 0 || lead is not null && pending.Count == 1 && NumberOnly().IsMatch(pending[0])) pendingLead ??= lead;
            pending.Add(cleaned);
            blank = pageBreak = false;
        }
        Flush();
        return new CleanDocument(blocks, layout.Footnotes, layout.Symbols, MarksEmphasis: italicLeads is not null) { RunningTitles = layout.RunningTitles };
    }

    /// <summary>Header lines stand alone, except a title after its number, a wrapped bracket and a wrapped adoption line.</summary>
    static bool ContinuesHeaderLine(List<string> pending, string line, bool blank)
    {
        if (pending.Count == 0) return false;
        if (char.IsLower(line[0])) return true; // "Resolution 242 (1967)" / "of 22 November 1967"
        var first = pending[0];
        if (SymbolOnly().IsMatch(first) && pending.Count == 1) return true; // "70/10." then the title below
        if (TitleStart().IsMatch(first) && !blank) return true;
        var all = string.Join(" ", pending);
        if (all.Count(c => c == '[') > all.Count(c => c == ']')) return true;
        return first.StartsWith("Resolution adopted by", StringComparison.Ordinal) && !Year().IsMatch(all);
    }

    /// <summary>
    /// One or two short lines without closing punctuation between a clause's end and a numbered paragraph; the
    /// index of the heading's last line, or -1.
    /// </summary>
    static int SectionHeadingEnd(string line, string? previous, IReadOnlyList<string?> body, int at)
    {
        if (previous is null || !(previous.EndsWith(';') || previous.EndsWith('.') || previous.EndsWith(':')) || NumberOnly().IsMatch(previous)) return -1;
        if (!char.IsUpper(line[0])) return -1;
        int lines = 0;
        for (int j = at; j < body.Count; j++)
        {
            if (body[j] is not { } next || next == PageLayout.PageBreak) continue;
            var t = next.Trim();
            if (OperativeNumberLine().IsMatch(t)) return lines == 0 ? -1 : j - 1;
            if (++lines > 2 || t.Length > 150 || ",;:.".Contains(t[^1]) || char.IsDigit(t[^1])) return -1;
        }
        return -1;
    }

    static bool EndsClause(string? line, bool allowFullStop = true) =>
        line is not null && line.Length > 0 && (line[^1] is ',' or ';' or ':' || allowFullStop && line[^1] == '.');

    static bool StartsParagraph(string line, string? previous, string? leadLanguage)
    {
        if (OperativeNumberLine().IsMatch(line) || SubparagraphLine().IsMatch(line)) return true;
        if (ClauseMarkers.IsMeetingLine(line) && previous?.StartsWith("Adopted", StringComparison.Ordinal) != true || ClauseMarkers.IsAnnexHeading(line) || ClauseMarkers.Opener(line) is not null) return true;
        if (previous is null) return false;
        if (ClauseMarkers.Opener(previous) is not null || ClauseMarkers.IsAnnexHeading(previous)) return true;
        // A recital follows a comma (or the semicolon of a clause); after a full stop a capitalised -ing word opens a sentence.
        return leadLanguage is not null && EndsClause(previous, allowFullStop: false) && LeadPhrases.LooksLikePreambularLead(leadLanguage, line);
    }

    static HashSet<string> Vocabulary(IEnumerable<string?> lines)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
            if (line is not null)
                foreach (Match m in Word().Matches(line)) words.Add(m.Value);
        return words;
    }

    [GeneratedRegex(@"^\d{1,3}\.(\s|$)")] private static partial Regex OperativeNumberLine();
    [GeneratedRegex(@"^\d{1,3}\.$")] private static partial Regex NumberOnly();
    [GeneratedRegex(@"^[""“]?\((?:[a-z]{1,2}|[ivxl]{1,5}|\d{1,2})\)(\s|$)")] private static partial Regex SubparagraphLine();
    [GeneratedRegex(@"^\d{1,3}/\d{1,4}(\s?[A-Z])?\.$")] private static partial Regex SymbolOnly();
    [GeneratedRegex(@"^(\d{1,3}/\d{1,4})\.")] private static partial Regex TitleStart();
    [GeneratedRegex(@"^[A-Z]\d{0,2}$")] private static partial Regex PartLetter();
    [GeneratedRegex(@"\b(19|20)\d\d\b")] private static partial Regex Year();
    [GeneratedRegex(@"[\p{L}][\p{L}\-]*")] private static partial Regex Word();
}
