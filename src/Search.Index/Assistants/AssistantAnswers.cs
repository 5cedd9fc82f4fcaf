namespace Search.Index.Assistants;

// Compact shapes of what the assistant functions return: every paragraph carries its id and symbol, so that an
// answer built from them can cite the exact paragraph (A/RES/68/30:fr:op3).

/// <summary>One paragraph found by a search: its id, where it comes from, and the matching passage as plain text.</summary>
public sealed record FoundParagraph(string Id, string Symbol, string Language, int? Year, string Type, string? Verb, string Passage, string? TranslationOf);

/// <summary>A search's answer; <c>Counted</c> says what the total counts (in a hybrid search: how many match the words, how many more by meaning).</summary>
public sealed record SearchAnswer(string Query, int Total, string Counted, IReadOnlyList<FoundParagraph> Paragraphs, string? Notice);

public sealed record ParagraphText(string Id, string Language, string Text);

public sealed record ParagraphAnswer(
    string Id, string Symbol, string Language, string? Title, int? Session, int? Year,
    string Type, int Number, string? Verb, string Text, IReadOnlyList<ParagraphText> Translations);

public sealed record SimilarParagraph(string Id, string Symbol, string Language, int? Year, float Score, string Text);

public sealed record SimilarAnswer(string SourceId, string SourceText, IReadOnlyList<SimilarParagraph> Similar);

/// <summary>A clause that differs between two resolutions; the diff marks removed words [-so-] and added words {+so+}.</summary>
public sealed record ClauseChangeSummary(string Change, string? BeforeId, string? AfterId, string Diff);

public sealed record ComparisonAnswer(string Before, string After, string Language, int Unchanged, IReadOnlyList<ClauseChangeSummary> Changes);
