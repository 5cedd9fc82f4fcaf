using System.Text.RegularExpressions;
using Search.Index.Documents;

namespace Search.Index.Tests.Ingestion.RealPdfText;

/// <summary>
/// What any correct reading of a resolution printed in the ODS layout satisfies, whatever its content. Each
/// check returns the paragraphs that break it, so a failure names them.
/// </summary>
public static partial class ReadingInvariants
{
    public static List<string> Check(Resolution r, string source)
    {
        var problems = new List<string>();
        var ops = r.Paragraphs.Where(p => p.Type == ClauseType.Operative).ToList();
        if (!ops.Select(p => p.Number).SequenceEqual(Enumerable.Range(1, ops.Count)))
            problems.Add($"operative numbers are not 1..{ops.Count}: {string.Join(",", ops.Select(p => p.Number))}");
        if (r.Paragraphs.Count == 0) problems.Add("no paragraphs");

        var pages = source.Count(c => c == '\f') + 1;
        var runningTitles = RunningTitles(source, r.Symbol);
        foreach (var p in r.Paragraphs)
        {
            var t = p.Text;
            void Fail(string what) => problems.Add($"{p.Key} {what}: «{Excerpt(t)}»");
            if (t.Contains(r.Symbol)) Fail("holds the running header symbol");
            foreach (var title in runningTitles.Append(r.Title ?? "").Where(x => x.Length > 10))
                if (UnquotedOccurrence(t, title)) Fail($"holds the title «{title}»");
            for (int n = 2; n <= pages; n++)
                if (Regex.IsMatch(t, $@"(^|\s){n}/{pages}(\s|$)")) Fail($"holds the page number {n}/{pages}");
            if (JobNumber().IsMatch(t)) Fail("holds a job number");
            if (BarCode().IsMatch(t)) Fail("holds a barcode");
            if (DateStamp().IsMatch(t)) Fail("holds a date stamp");
            if (t.Contains("Please recycle")) Fail("holds 'Please recycle'");
            if (t.Contains("____")) Fail("holds a footnote rule");
            foreach (var f in r.Footnotes.Where(f => f.Text.Length >= 25))
                if (t.Contains(f.Text)) Fail($"holds footnote {f.Marker}");
            if (SubparagraphStart().IsMatch(t)) Fail("is a sub-paragraph cut from its paragraph");
            if (p.Type == ClauseType.Preambular && !t.EndsWith(',')) Fail("is preambular but does not end with a comma");
            // Exception: an operative paragraph that introduces the annexed text ("Adopts the following declaration:").
            var introducesAnnex = t.EndsWith(':') && r.Paragraphs.SkipWhile(x => x != p).Skip(1).FirstOrDefault()?.Type == ClauseType.Annex;
            if (p.Type == ClauseType.Operative && !(t.EndsWith(';') || t.EndsWith('.') || introducesAnnex)) Fail("is operative but does not end with ; or .");
            if (p.Type != ClauseType.Annex && (p.Verb.Length == 0 || !t.StartsWith(p.Verb, StringComparison.Ordinal) || !char.IsUpper(p.Verb[0])))
                Fail($"has the lead «{p.Verb}», not a capitalised start of its text");
            if (p.Type != ClauseType.Annex && NotLeadWords.Contains(p.Verb.Split(' ')[0].ToLowerInvariant())) Fail($"has the lead «{p.Verb}»");
            // Exception: the source itself prints "Secretary-Genera1" (A/RES/71/97), a glyph slip and no reference.
            if (StrayFootnoteNumber().IsMatch(t.Replace("Secretary-Genera1", "Secretary-General"))) Fail("holds a footnote number after a word");
        }

        var firstAnnex = r.Paragraphs.ToList().FindIndex(p => p.Type == ClauseType.Annex);
        if (firstAnnex >= 0 && r.Paragraphs.Skip(firstAnnex).Any(p => p.Type != ClauseType.Annex))
            problems.Add("a preambular or operative paragraph after the annexed text");
        if (Regex.IsMatch(source, @"\n(Annex|Annex I)\n") && firstAnnex < 0) problems.Add("an annex heading but no annex paragraphs");
        return problems;
    }

    /// <summary>The short titles the running heads print: the block beside the symbol at the top of later pages.</summary>
    public static IReadOnlyList<string> RunningTitles(string source, string symbol)
    {
        var titles = new HashSet<string>();
        foreach (var page in source.Split('\f').Skip(1))
        {
            var blocks = page.Split("\n\n").Select(b => string.Join(" ", b.Split('\n', StringSplitOptions.TrimEntries)).Trim()).Where(b => b.Length > 0).Take(2).ToList();
            if (blocks.Count == 2 && blocks[0] == symbol) titles.Add(blocks[1]);
            else if (blocks.Count == 2 && blocks[1] == symbol) titles.Add(blocks[0]);
        }
        return titles.Where(t => !t.StartsWith('(') && !char.IsDigit(t[0])).ToList();
    }

    /// <summary>A title quoted or named ("the item entitled “...”") is text; a title standing bare is a running head.</summary>
    static bool UnquotedOccurrence(string text, string title)
    {
        for (int at = text.IndexOf(title, StringComparison.Ordinal); at >= 0; at = text.IndexOf(title, at + 1, StringComparison.Ordinal))
        {
            var before = text[..at].TrimEnd();
            var word = before.Split(' ').Last();
            if (!(before.EndsWith('“') || before.EndsWith('"') || TitleNamers.Contains(word))) return true;
        }
        return false;
    }

    static readonly HashSet<string> TitleNamers = ["entitled", "the", "of", "on", "for", "to", "in", "and", "as"];

    static readonly HashSet<string> NotLeadWords = ["of", "and", "the", "united", "in", "to", "for", "on", "with", "by", "a", "an"];

    static string Excerpt(string t) => t.Length <= 120 ? t : t[..60] + " … " + t[^50..];

    [GeneratedRegex(@"\b\d{2}-\d{5}\b")] private static partial Regex JobNumber();
    [GeneratedRegex(@"\*\d{7}\*")] private static partial Regex BarCode();
    [GeneratedRegex(@"(^|\s)[0-3]\d[01]\d1[5-8](\s|$)")] private static partial Regex DateStamp();
    [GeneratedRegex(@"^[""“]?\((?:[a-z]{1,2}|[ivxl]{1,5})\)\s")] private static partial Regex SubparagraphStart();
    [GeneratedRegex(@"[;.,]\s\d{1,2}$|\p{Ll}[,;]\s\d{1,2}\s+\p{Ll}|\p{Ll}{3}\d{1,2}\b")] private static partial Regex StrayFootnoteNumber();
}
