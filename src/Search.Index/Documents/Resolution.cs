namespace Search.Index.Documents;

/// <summary>One language version of a resolution, as parsed from a source file.</summary>
public sealed record Resolution
{
    public required string Symbol { get; init; }
    public required string Language { get; init; }
    public ResolutionBody Body { get; init; } = ResolutionBody.GeneralAssembly;
    public int? Session { get; init; }
    public string? Title { get; init; }
    public DateOnly? AdoptionDate { get; init; }
    public int? Year => AdoptionDate?.Year ?? YearFromSymbol;
    /// <summary>Security Council symbols carry the year ("S/RES/242 (1967)") even when no date is written.</summary>
    public int? YearFromSymbol { get; init; }
    public string? AgendaItem { get; init; }
    public string? Committee { get; init; }
    public string? CommitteeReport { get; init; }
    public string? Meeting { get; init; }
    public IReadOnlyList<Paragraph> Paragraphs { get; init; } = [];
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];
    public IReadOnlyList<string> Citations { get; init; } = [];
    public string? SourcePath { get; init; }
    public string? SourceFormat { get; init; }
}

public enum ResolutionBody { GeneralAssembly, SecurityCouncil, Other }

public static class ResolutionBodyNames
{
    public static string ToCode(this ResolutionBody body) => body switch
    {
        ResolutionBody.GeneralAssembly => "GA",
        ResolutionBody.SecurityCouncil => "SC",
        _ => "other",
    };

    public static ResolutionBody FromCode(string? code) => code switch
    {
        "GA" => ResolutionBody.GeneralAssembly,
        "SC" => ResolutionBody.SecurityCouncil,
        _ => ResolutionBody.Other,
    };
}
