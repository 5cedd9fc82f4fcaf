using System.Text.RegularExpressions;

namespace Search.Index.Ingestion.Formats;

/// <summary>
/// Footnote references in PDF text are bare numbers: glued to a word ("уничтожении1,") or standing after it
/// ("уничтожении 1  и"). Only numbers that are footnotes of this document, in those two positions, are removed,
/// so that "article 7" or "paragraph 1" stay.
/// </summary>
public static partial class FootnoteMarkers
{
    public static string RemoveFromLine(string line, IReadOnlySet<string> markers)
    {
        if (markers.Count == 0) return line;
        var s = Glued().Replace(line, m => markers.Contains(m.Groups[1].Value) ? "" : m.Value);
        return Standalone().Replace(s, m => markers.Contains(m.Groups[2].Value) && !IsCountingWord(m.Groups[1].Value) ? m.Groups[1].Value : m.Value);
    }

    static bool IsCountingWord(string word) => word.ToLowerInvariant() is
        "article" or "articles" or "paragraph" or "paragraphs" or "resolution" or "no" or "vol" or "annex" or "chapter" or "rule"
        or "article," or "paragraphe" or "résolution" or "annexe" or "chapitre"
        or "статьи" or "статья" or "пункт" or "пунктом" or "пункта" or "пункте" or "резолюции" or "приложение" or "главы";

    [GeneratedRegex(@"(?<=\p{Ll}[»”""')]?)(\d{1,2})(?=[\s,;.:)]|$)")] private static partial Regex Glued();
    [GeneratedRegex(@"(?<=^|\s)(\p{L}+[.,;:»”""']?)\s(\d{1,2})(?=\s{2,}|\s*$)")] private static partial Regex Standalone();
}
