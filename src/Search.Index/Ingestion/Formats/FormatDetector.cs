using System.Text.RegularExpressions;

namespace Search.Index.Ingestion.Formats;

/// <summary>Decides how a file is written from its content; the file name is only a hint for JSON Lines.</summary>
public static partial class FormatDetector
{
    public static SourceFormat Detect(string text, string? fileName = null)
    {
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.Length > 0 && trimmed[0] == '{')
            return SourceFormat.JsonLines;
        if (fileName is not null && fileName.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            return SourceFormat.JsonLines;
        return MarkdownSigns().Count(text) >= 3 ? SourceFormat.Markdown : SourceFormat.PdfText;
    }

    // Headings, emphasised clause leads, superscript tags, links and TeX-style superscripts.
    [GeneratedRegex(@"(^|\n)#{1,6} |(^|\n)\s*(\d+\.\s+)?\*[^*\s]|<sup>|\]\(|\^\{", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownSigns();
}
