using Search.Index.Documents;

namespace Search.Index.Ingestion;

/// <summary>A parsed resolution, or the one-line reason it could not be read, with any warnings a user should see.</summary>
public sealed record ParseOutcome(Resolution? Resolution, string? Refusal, IReadOnlyList<string> Warnings)
{
    public static ParseOutcome Refused(string reason, IReadOnlyList<string>? warnings = null) => new(null, reason, warnings ?? []);
}
