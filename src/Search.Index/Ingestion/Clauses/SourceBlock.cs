namespace Search.Index.Ingestion.Clauses;

/// <summary>
/// A candidate paragraph after format-specific cleaning: plain text with markup, footnote markers and page
/// furniture removed. <see cref="Emphasis"/> is the emphasised lead ("Recalling also") when the source marks it.
/// </summary>
public sealed record SourceBlock(string Text, string? Emphasis = null)
{
    /// <summary>A heading between clauses ("Working methods"), set apart by its layout rather than its words.</summary>
    public bool IsHeading { get; init; }
}

/// <summary>What a format reader hands to the structure parser.</summary>
public sealed record CleanDocument(
    IReadOnlyList<SourceBlock> Blocks,
    IReadOnlyList<Documents.Footnote> Footnotes,
    IReadOnlyList<string> SymbolsInFurniture,
    bool MarksEmphasis)
{
    /// <summary>Short titles the running heads repeated; a paragraph never is one.</summary>
    public IReadOnlySet<string> RunningTitles { get; init; } = new HashSet<string>();
}
