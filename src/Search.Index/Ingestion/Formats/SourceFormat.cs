namespace Search.Index.Ingestion.Formats;

public enum SourceFormat { Markdown, PdfText, JsonLines, Pdf }

public static class SourceFormatNames
{
    public static string ToName(this SourceFormat format) => format switch
    {
        SourceFormat.Markdown => "markdown",
        SourceFormat.PdfText => "pdf-text",
        SourceFormat.Pdf => "pdf",
        _ => "jsonl",
    };
}
