using System.Text.RegularExpressions;
using Search.Index.Documents;

namespace Search.Index.Ingestion.Clauses;

/// <summary>The fixed lines that frame a resolution's clauses: the opener, operative numbers, sub-paragraphs, the meeting line.</summary>
public static partial class ClauseMarkers
{
    public static ResolutionBody? Opener(string text)
    {
        var line = text.Trim().Trim('*', '_', '"', '“', ' ');
        // "the General Assembly," in lower case is the end of a sentence wrapped onto a new line, not the opener.
        if (line.Length == 0 || !char.IsUpper(line[0])) return null;
        var m = OpenerLine().Match(line);
        // A masthead ("General Assembly") names the organ too; the opener has an article or ends with a comma.
        if (!m.Success || (!m.Groups["article"].Success && !m.Groups["end"].Success)) return null;
        var organ = m.Groups["organ"].Value.ToLowerInvariant();
        return organ.Contains("council") || organ.Contains("conseil") || organ.Contains("совет")
            ? ResolutionBody.SecurityCouncil
            : ResolutionBody.GeneralAssembly;
    }

    public static bool TryOperativeNumber(string text, out int number, out string rest)
    {
        var m = OperativeNumber().Match(text);
        number = 0;
        rest = text;
        if (!m.Success || !int.TryParse(m.Groups[1].Value, out number) || number == 0) return false;
        rest = text[m.Length..].TrimStart();
        return true;
    }

    public static bool IsSubparagraph(string text) => Subparagraph().IsMatch(text);

    public static bool IsMeetingLine(string text) => MeetingLine().IsMatch(text);

    public static string MeetingName(string text)
    {
        var m = MeetingLine().Match(text);
        return m.Success ? m.Value.Trim().TrimEnd(',', '.') : text;
    }

    public static bool IsAnnexHeading(string text) => AnnexHeading().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?<article>The|L['’]|Le\s|La\s)?\s*(?<organ>General Assembly|Assemblée générale|Генеральная Ассамблея|Security Council|Conseil de sécurité|Совет Безопасности)\s*(?<end>[,:])?$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenerLine();

    [GeneratedRegex(@"^(\d{1,3})\s?\.(?:\s+|$)")] private static partial Regex OperativeNumber();

    [GeneratedRegex(@"^[""“”']?\((?:[a-z]{1,2}|[ivxl]{1,5}|\d{1,2})\)\s")] private static partial Regex Subparagraph();

    [GeneratedRegex(@"^\s*\d{1,4}\s*(?:st|nd|rd|th|e|ᵉ|-e|-е|-я|-й)?\s*(?:plenary meeting|séance plénière|пленарное заседание|meeting)|^Adopted (?:unanimously )?(?:at|by) (?:the|its) \d+\s*(?:st|nd|rd|th)? meeting|^Adoptée à la \d+", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingLine();

    [GeneratedRegex(@"^(Annex|Annexe|Приложение)( [IVX\d]+)?$", RegexOptions.IgnoreCase)] private static partial Regex AnnexHeading();
}
