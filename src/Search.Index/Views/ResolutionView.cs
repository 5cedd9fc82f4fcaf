using Search.Index.Documents;

namespace Search.Index.Views;

/// <summary>The JSON shape of a resolution version, shared by the CLI's `show --json` and the API.</summary>
public sealed record ResolutionView(
    string Symbol, string Language, string Body, int? Session, string? Title, string? AdoptionDate, int? Year,
    string? AgendaItem, string? Committee, string? CommitteeReport, string? Meeting,
    IReadOnlyList<ParagraphView> Paragraphs, IReadOnlyList<Footnote> Footnotes, IReadOnlyList<string> Citations,
    IReadOnlyList<string> CitedBy, IReadOnlyList<string> Languages)
{
    public static ResolutionView From(Resolution r, IReadOnlyList<string> citedBy, IReadOnlyList<string> languages) => new(
        r.Symbol, r.Language, r.Body.ToCode(), r.Session, r.Title, r.AdoptionDate?.ToString("yyyy-MM-dd"), r.Year,
        r.AgendaItem, r.Committee, r.CommitteeReport, r.Meeting,
        r.Paragraphs.Select(p => ParagraphView.From(r.Symbol, r.Language, p)).ToList(), r.Footnotes, r.Citations, citedBy, languages);
}

public sealed record ParagraphView(string Id, string Key, string Type, int Number, string Verb, string Text)
{
    public static ParagraphView From(string symbol, string language, Paragraph p) =>
        new(Paragraph.IdOf(symbol, language, p.Key), p.Key, p.Type.ToName(), p.Number, p.Verb, p.Text);
}
