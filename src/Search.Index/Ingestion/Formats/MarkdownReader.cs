using System.Net;
using System.Text.RegularExpressions;
using Search.Index.Documents;
using Search.Index.Ingestion.Clauses;

namespace Search.Index.Ingestion.Formats;

/// <summary>
/// Reads Markdown converted from UN documents: blank lines separate paragraphs, emphasis marks clause leads,
/// footnote definitions start with a superscript marker.
/// </summary>
public static partial class MarkdownReader
{
    public static CleanDocument Read(string text)
    {
        var blocks = new List<SourceBlock>();
        var footnotes = new List<Footnote>();
        var pending = new List<string>();

        void Flush()
        {
            if (pending.Count == 0) return;
            var block = ToBlock(string.Join(" ", pending));
            pending.Clear();
            if (block.Text.Length > 0) blocks.Add(block);
        }

        foreach (var rawLine in TextLines.Split(text))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || HorizontalRule().IsMatch(line)) { Flush(); continue; }
            if (PageFurniture.IsFurniture(line, out _)) continue;

            var footnote = FootnoteDefinition().Match(line);
            if (footnote.Success)
            {
                Flush();
                footnotes.Add(new Footnote(SuperscriptDigits.ToPlain(footnote.Groups["marker"].Value), CleanInline(footnote.Groups["text"].Value)));
                continue;
            }

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                Flush();
                pending.Add(heading.Groups[1].Value);
                Flush();
                continue;
            }
            pending.Add(line);
        }
        Flush();
        return new CleanDocument(blocks, footnotes, [], MarksEmphasis: true);
    }

    static SourceBlock ToBlock(string raw)
    {
        string? emphasis = null;
        var lead = LeadEmphasis().Match(raw);
        if (lead.Success)
            emphasis = CleanInline(lead.Groups["em"].Value).TrimEnd(',', ';', ':', ' ');
        return new SourceBlock(CleanInline(raw), string.IsNullOrEmpty(emphasis) ? null : emphasis);
    }

    /// <summary>Removes inline Markdown and HTML, footnote markers and superscript notation, keeping the words.</summary>
    public static string CleanInline(string raw)
    {
        var s = SupTag().Replace(raw, "");
        s = SuperscriptDigits.Remove(s);
        s = FootnoteReference().Replace(s, "");
        s = TexSuperscript().Replace(s, "$1");
        s = CaretSuperscript().Replace(s, "$1");
        s = Link().Replace(s, "$1");
        s = HtmlTag().Replace(s, "");
        s = s.Replace("**", "").Replace("*", "");
        s = UnderscoreEmphasis().Replace(s, "$1");
        s = Escape().Replace(s, "$1");
        s = WebUtility.HtmlDecode(s);
        return Whitespace.Collapse(s);
    }

    [GeneratedRegex(@"^(-{3,}|\*{3,}|_{3,})$")] private static partial Regex HorizontalRule();
    [GeneratedRegex(@"^#{1,6}\s+(.*?)\s*#*$")] private static partial Regex Heading();
    [GeneratedRegex(@"^(?:<sup>(?<marker>[^<]{1,4})</sup>|(?<marker>[¹²³⁴⁵⁶⁷⁸⁹⁰]+)|\[\^(?<marker>\w{1,4})\]:)\s*(?<text>\S.*)$")] private static partial Regex FootnoteDefinition();
    [GeneratedRegex(@"^(?:\d{1,3}\.\s*)?(?<!\*)\*(?!\*)(?<em>[^*]+?)\*(?!\*)")] private static partial Regex LeadEmphasis();
    [GeneratedRegex(@"<sup>[^<]*</sup>", RegexOptions.IgnoreCase)] private static partial Regex SupTag();
    [GeneratedRegex(@"\[\^\w{1,4}\]")] private static partial Regex FootnoteReference();
    [GeneratedRegex(@"\^\{([^}]*)\}")] private static partial Regex TexSuperscript();
    [GeneratedRegex(@"\^(\p{L}{1,3})")] private static partial Regex CaretSuperscript();
    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")] private static partial Regex Link();
    [GeneratedRegex(@"</?[a-zA-Z][^>]{0,200}>")] private static partial Regex HtmlTag();
    [GeneratedRegex(@"(?<![\w])_{1,2}(\S(?:.*?\S)?)_{1,2}(?![\w])")] private static partial Regex UnderscoreEmphasis();
    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!])")] private static partial Regex Escape();
}
