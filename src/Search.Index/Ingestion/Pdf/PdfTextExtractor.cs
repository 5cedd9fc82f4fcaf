using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using Search.Index.Ingestion.Formats;

namespace Search.Index.Ingestion.Pdf;

/// <summary>
/// Reads a PDF file with PdfPig and keeps what text extraction loses: which words are set in italics (the lead of
/// a clause), where a line sits on the page (running heads at the top), and which digits are raised (footnote
/// references). A file without a text layer, encrypted or damaged is refused with the reason.
/// </summary>
public static partial class PdfTextExtractor
{
    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes.Length >= 5 && bytes[..5].SequenceEqual("%PDF-"u8);

    public static PdfReadResult Read(byte[] bytes)
    {
        if (!IsPdf(bytes)) return PdfReadResult.Refuse("not a PDF file (it does not start with %PDF-)");
        try
        {
            using var document = PdfDocument.Open(bytes);
            if (document.NumberOfPages == 0) return PdfReadResult.Refuse("damaged PDF: it has no pages");
            var pages = new List<List<PdfLine>>();
            for (int p = 1; p <= document.NumberOfPages; p++)
                pages.Add(PdfLines.Read(document.GetPage(p)));
            if (pages.All(p => p.All(l => l.Text.Trim().Length == 0)))
                return PdfReadResult.Refuse($"no text layer in its {document.NumberOfPages} page(s): a scanned PDF needs text recognition (OCR) first");
            return new PdfReadResult(Compose(pages), null);
        }
        catch (PdfDocumentEncryptedException)
        {
            return PdfReadResult.Refuse("encrypted PDF: it cannot be read without its password");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports a broken file through several exception types; the file is refused either way.
            return PdfReadResult.Refuse($"damaged PDF: {FirstSentence(e.Message)}");
        }
    }

    static PdfPageText Compose(List<List<PdfLine>> pages)
    {
        var sb = new StringBuilder();
        var leads = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int p = 0; p < pages.Count; p++)
        {
            if (p > 0) sb.Append('\f');
            var lines = p > 0 ? WithoutRunningHead(pages[p]) : pages[p];
            double? previousBaseline = null;
            double spacing = TypicalSpacing(lines);
            foreach (var line in lines)
            {
                // A wider gap than the line spacing sets blocks apart, as extraction tools show with a blank line.
                if (previousBaseline is double y && y - line.Baseline > spacing * 1.6) sb.Append('\n');
                sb.Append(line.Text).Append('\n');
                if (line.ItalicLead is { } lead) leads.TryAdd(line.Text.Trim(), lead);
                previousBaseline = line.Baseline;
            }
        }
        return new PdfPageText(sb.ToString(), leads, pages.Count);
    }

    /// <summary>The lines of the head row of a later page: the row that holds the document symbol near the top.</summary>
    static List<PdfLine> WithoutRunningHead(List<PdfLine> lines)
    {
        if (lines.Count == 0) return lines;
        var top = lines.Max(l => l.Baseline);
        var symbol = lines.FirstOrDefault(l => top - l.Baseline < 40 && RunningSymbol().IsMatch(l.Text));
        if (symbol is null) return lines;
        // A two-line short title beside the symbol reaches a line below it.
        var lowest = symbol.Baseline - symbol.FontSize * 1.6;
        return lines.Where(l => l.Baseline < lowest).ToList();
    }

    // The symbol at either end of the head row, the short title beside it on the same baseline.
    [System.Text.RegularExpressions.GeneratedRegex(@"(^|\s)[AS]/RES/\d+/\d+(\s?[A-Z])?(\s|$)|^S/RES/\d+ \(\d{4}\)")]
    private static partial System.Text.RegularExpressions.Regex RunningSymbol();

    static double TypicalSpacing(List<PdfLine> lines)
    {
        var gaps = lines.Zip(lines.Skip(1), (a, b) => a.Baseline - b.Baseline).Where(g => g > 0).Order().ToList();
        return gaps.Count == 0 ? 14 : gaps[gaps.Count / 2];
    }

    static string FirstSentence(string message)
    {
        var cut = message.IndexOfAny(['.', '\n']);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
