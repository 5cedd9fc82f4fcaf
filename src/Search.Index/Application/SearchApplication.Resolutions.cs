using Search.Index.Documents;
using Search.Index.Views;

namespace Search.Index.Application;

/// <summary>
/// A resolution as held: every language version, the ones asked for, which resolutions cite it and which of the
/// resolutions it cites are held here.
/// </summary>
public sealed record ResolutionLookup(
    string Symbol, IReadOnlyList<Resolution> Versions, IReadOnlyList<Resolution> Chosen, IReadOnlyList<string> CitedBy, IReadOnlySet<string> HeldCitations)
{
    public IReadOnlyList<string> Languages => Versions.Select(v => v.Language).ToList();

    public IReadOnlyList<ResolutionView> Views => Chosen.Select(v => ResolutionView.From(v, CitedBy, Languages)).ToList();

    /// <summary>The version in <paramref name="language"/>, else in the default language, else the first held.</summary>
    public Resolution Preferred(string? language) =>
        Versions.FirstOrDefault(v => v.Language == language) ?? Versions.FirstOrDefault(v => v.Language == SupportedLanguages.Default) ?? Versions[0];
}

/// <summary>One paragraph with its resolution's metadata and the same clause in the other languages held.</summary>
public sealed record ParagraphWithTranslations(
    ParagraphView Paragraph, string Symbol, string Language, int? Session, int? Year, string? Title, IReadOnlyList<ParagraphView> Aligned);

public sealed partial class SearchApplication
{
    /// <summary>A resolution in every language held, or only in <paramref name="language"/> when one is named.</summary>
    public Outcome<ResolutionLookup> Resolution(string symbolText, string? language = null)
    {
        var symbol = Symbols.Normalize(symbolText);
        if (symbol is null) return Fail.Invalid($"'{symbolText}' is not a resolution symbol such as A/RES/68/30");
        var versions = store.GetVersions(symbol);
        if (versions.Count == 0) return Fail.NotFound($"no resolution {symbol} is held");
        var lang = string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant();
        var chosen = lang is null ? versions : versions.Where(v => v.Language == lang).ToList();
        if (chosen.Count == 0) return Fail.NotFound($"{symbol} is held in {string.Join(", ", versions.Select(v => v.Language))}, not in '{lang}'");
        var cited = versions.SelectMany(v => v.Citations).ToHashSet(StringComparer.Ordinal);
        var held = cited.Where(c => store.GetVersions(c).Count > 0).ToHashSet(StringComparer.Ordinal);
        return new ResolutionLookup(symbol, versions, chosen, store.CitedBy(symbol), held);
    }

    /// <summary>One paragraph by id (A/RES/68/30:fr:op3), with the same clause in the other languages held.</summary>
    public Outcome<ParagraphWithTranslations> Paragraph(string idText)
    {
        if (!ParagraphId.TryParse(idText, out var id)) return Fail.Invalid($"'{idText}' is not a paragraph id such as A/RES/68/30:fr:op3");
        var versions = store.GetVersions(id.Symbol);
        var resolution = versions.FirstOrDefault(v => v.Language == id.Language);
        var paragraph = resolution?.Paragraphs.FirstOrDefault(p => p.Key == id.Key);
        if (resolution is null || paragraph is null) return Fail.NotFound($"no paragraph {id} is held");
        var aligned = versions.Where(v => v.Language != id.Language)
            .SelectMany(v => v.Paragraphs.Where(p => p.Key == id.Key).Select(p => ParagraphView.From(v.Symbol, v.Language, p))).ToList();
        return new ParagraphWithTranslations(ParagraphView.From(resolution.Symbol, resolution.Language, paragraph),
            resolution.Symbol, resolution.Language, resolution.Session, resolution.Year, resolution.Title, aligned);
    }
}
