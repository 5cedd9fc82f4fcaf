using System.Text.RegularExpressions;
using Search.Index.Documents;
using Search.Index.Ingestion.Clauses;

namespace Search.Index.Ingestion.Formats;

/// <summary>
/// Reads text extracted from a PDF: hard line breaks inside paragraphs, words hyphenated across lines, page
/// furniture, footnotes under a rule of underscores, and paragraphs that may or may not be separated by blank lines.
/// </summary>
public static partial class PdfTextReader
{
    public static CleanDocument Read(string text, string language)
    {
        var lines = TextLines.Split(text);
        var symbols = new List<string>();
        var footnotes = new List<(string Marker, List<string> Lines)>();
        var body = new List<string?>(); // null stands for a paragraph break
        bool inFootnotes = false;

        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            var trimmed = line.Trim();
            if (PageFurniture.IsFurniture(trimmed, out var symbol))
            {
                if (symbol is not null) symbols.Add(symbol);
                inFootnotes = false;
                continue;
            }
            if (FootnoteRule().IsMatch(trimmed)) { inFootnotes = true; body.Add(null); continue; }
            if (inFootnotes)
            {
                if (trimmed.Length == 0) { if (footnotes.Count > 0) inFootnotes = false; continue; }
                var start = FootnoteStart().Match(trimmed);
                if (start.Success) { footnotes.Add((start.Groups[1].Value, [start.Groups[2].Value])); continue; }
                if (footnotes.Count > 0) { footnotes[^1].Lines.Add(trimmed); continue; }
                inFootnotes = false;
            }
            body.Add(trimmed.Length == 0 ? null : line);
        }

        var markers = footnotes.Select(f => f.Marker).ToHashSet();
        var vocabulary = Vocabulary(body);
        var blocks = new List<SourceBlock>();
        var pending = new List<string>();

        void Flush()
        {
            if (pending.Count == 0) return;
            var joined = Whitespace.Collapse(LineJoiner.Join(pending, vocabulary));
            pending.Clear();
            if (joined.Length > 0) blocks.Add(new SourceBlock(joined));
        }

        string? previous = null;
        foreach (var line in body)
        {
            if (line is null) { Flush(); previous = null; continue; }
            var cleaned = FootnoteMarkers.RemoveFromLine(line, markers).Trim();
            if (cleaned.Length == 0) continue;
            if (pending.Count > 0 && StartsParagraph(cleaned, previous, language)) Flush();
            pending.Add(cleaned);
            previous = cleaned;
        }
        Flush();

        var notes = footnotes.Select(f => new Footnote(f.Marker, Whitespace.Collapse(LineJoiner.Join(f.Lines, vocabulary)))).ToList();
        return new CleanDocument(blocks, notes, symbols, MarksEmphasis: false);
    }

    /// <summary>Where paragraphs are not separated by blank lines (plain pdftotext), a numbered line or a clause lead after a clause ending starts one.</summary>
    static bool StartsParagraph(string line, string? previous, string language)
    {
        if (OperativeNumberLine().IsMatch(line) || SubparagraphLine().IsMatch(line)) return true;
        if (previous is null) return false;
        if (ClauseMarkers.Opener(previous) is not null) return true;
        var endsClause = previous.EndsWith(',') || previous.EndsWith(';') || previous.EndsWith(':') || previous.EndsWith('.');
        return endsClause && LeadPhrases.LooksLikePreambularLead(language, line);
    }

    static HashSet<string> Vocabulary(IEnumerable<string?> lines)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
            if (line is not null)
                foreach (Match m in Word().Matches(line)) words.Add(m.Value);
        return words;
    }

    [GeneratedRegex(@"^_{5,}$")] private static partial Regex FootnoteRule();
    [GeneratedRegex(@"^(\d{1,3}|[*†‡])\s+(\S.*)$")] private static partial Regex FootnoteStart();
    [GeneratedRegex(@"^\d{1,3}\.(\s|$)")] private static partial Regex OperativeNumberLine();
    [GeneratedRegex(@"^\((?:[a-z]{1,2}|[ivxl]{1,5}|\d{1,2})\)\s")] private static partial Regex SubparagraphLine();
    [GeneratedRegex(@"[\p{L}][\p{L}\-]*")] private static partial Regex Word();
}
