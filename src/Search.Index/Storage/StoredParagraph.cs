using Search.Index.Documents;

namespace Search.Index.Storage;

/// <summary>A paragraph with the metadata of its resolution: the unit the index is built from.</summary>
public sealed record StoredParagraph(
    string Symbol,
    string Language,
    ResolutionBody Body,
    int? Session,
    DateOnly? AdoptionDate,
    int? Year,
    string? Title,
    int Ordinal,
    Paragraph Paragraph)
{
    public string Id => Paragraph.IdOf(Symbol, Language, Paragraph.Key);
}
