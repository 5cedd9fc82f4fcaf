using Search.Index.Documents;
using Search.Index.Searching;
using Search.Index.Semantics;

namespace Search.Index.Application;

/// <summary>Two versions of a resolution clause by clause; without <see cref="Before"/>, the previous version of <see cref="After"/>.</summary>
public sealed record CompareQuery(string? Before, string? After, string? Language = null);

public sealed partial class SearchApplication
{
    public Outcome<ResolutionComparison> Compare(CompareQuery query)
    {
        var after = Symbols.Normalize(query.After);
        if (after is null) return Fail.Invalid("after", "must be a resolution symbol such as A/RES/68/30");
        string? before = null;
        if (!string.IsNullOrWhiteSpace(query.Before) && (before = Symbols.Normalize(query.Before)) is null)
            return Fail.Invalid("before", "must be a resolution symbol such as A/RES/67/32");
        var language = string.IsNullOrWhiteSpace(query.Language) ? SupportedLanguages.Default : query.Language.Trim().ToLowerInvariant();
        if (!SupportedLanguages.IsSupported(language)) return Fail.Invalid("lang", $"must be one of {SupportedLanguages.Listed}, not '{query.Language}'");
        if (!engine.IsReady) return Fail.Unavailable("the index is still being built");
        try
        {
            var similar = engine.Similar;
            before ??= similar.PreviousVersion(after, language);
            if (before is null) return Fail.NotFound($"no earlier version of {after} in '{language}' is held (same title, earlier session)");
            var comparison = similar.Compare(before, after, language);
            return comparison is null ? Fail.NotFound($"{before} and {after} are not both held in '{language}'") : comparison;
        }
        catch (SemanticUnavailableException e)
        {
            return Fail.Unavailable($"comparison is unavailable: {e.Message}");
        }
    }
}
