namespace Search.Index.Ingestion;

/// <summary>
/// Sizes past which input is refused rather than read: the longest General Assembly resolutions are a few hundred
/// kilobytes, so a much larger single document is not one resolution.
/// </summary>
public sealed record IngestionLimits
{
    public long MaxDocumentBytes { get; init; } = 8L * 1024 * 1024;
    public long MaxJsonLinesBytes { get; init; } = 512L * 1024 * 1024;
    /// <summary>A PDF carries fonts and sometimes images beside its text, so it may be larger than the text it holds.</summary>
    public long MaxPdfBytes { get; init; } = 64L * 1024 * 1024;

    public static readonly IngestionLimits Default = new();
}
