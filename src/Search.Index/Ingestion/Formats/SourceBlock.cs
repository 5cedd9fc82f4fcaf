namespace Search.Index.Ingestion.Formats;

/// <summary>
/// A candidate paragraph after format-specific cleaning: plain text with markup, footnote markers and page
/// furniture removed. <see cref="Emphasis"/> is the emphasised lead ("Recalling also") when the source marks it.
/// </summary>
public sealed record SourceBlock(string Text, string? Emphasis = null);

/// <summary>What a format reader hands to the structure parser.</summary>
public sealed record CleanDocument(
    IReadOnlyList<SourceBlock> Blocks,
    IReadOnlyList<Documents.Footnote> Footnotes,
    IReadOnlyList<string> SymbolsInFurniture,
    bool MarksEmphasis);
