namespace Search.Index.Ingestion;

/// <summary>Metadata a container (a JSON Lines record) states about the text; it wins over what the text suggests.</summary>
public sealed record ParseHints(string? Symbol = null, string? Language = null, DateOnly? AdoptionDate = null, int? Session = null, string? Title = null);
