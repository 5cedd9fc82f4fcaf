namespace Search.Index.Ingestion;

/// <summary>What happened to one file: the resolution versions it added, or why it was refused, and any warnings.</summary>
public sealed record FileReport(string Path, IReadOnlyList<AddedResolution> Added, string? Refusal, IReadOnlyList<string> Warnings, int AlignedGroups = 0)
{
    public bool Refused => Refusal is not null;
}

public sealed record AddedResolution(string Symbol, string Language, int Paragraphs);

public sealed record IngestionReport(IReadOnlyList<FileReport> Files)
{
    public int Documents => Files.Sum(f => f.Added.Count);
    public int Paragraphs => Files.Sum(f => f.Added.Sum(a => a.Paragraphs));
    public int AlignedGroups => Files.Sum(f => f.AlignedGroups);
    public IEnumerable<FileReport> RefusedFiles => Files.Where(f => f.Refused);
}
