namespace Search.Index.Ingestion.Pdf;

/// <summary>
/// A PDF's text laid out as extraction tools give it (lines, blank lines at vertical gaps, form feeds between
/// pages), without the running heads and raised footnote references the positions showed, and the italic lead
/// that opens a line, keyed by that line's text.
/// </summary>
public sealed record PdfPageText(string Text, IReadOnlyDictionary<string, string> ItalicLeads, int Pages);

/// <summary>The text of a PDF file, or why it cannot be read.</summary>
public readonly record struct PdfReadResult(PdfPageText? Text, string? Refusal)
{
    public static PdfReadResult Refuse(string reason) => new(null, reason);
}
