using Search.Index.Querying.Model;
using Search.Index.Querying.Parsing;

namespace Search.Index.Application;

/// <summary>
/// Filters chosen outside the query text, as a user gives them (URL parameters, CLI options): several values of
/// one field are alternatives, each value may itself be a comma-separated list.
/// </summary>
public record FilterChoice
{
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> Sessions { get; init; } = [];
    public IReadOnlyList<string> Years { get; init; } = [];
    public string? YearFrom { get; init; }
    public string? YearTo { get; init; }
    public IReadOnlyList<string> Types { get; init; } = [];
    public IReadOnlyList<string> Verbs { get; init; } = [];
    public IReadOnlyList<string> Symbols { get; init; } = [];

    /// <summary>The engine's filters, or the first value that cannot be read.</summary>
    public Outcome<SearchFilters> ToFilters()
    {
        var filters = SearchFilters.None;
        foreach (var (field, values) in new[] { ("lang", Languages), ("session", Sessions), ("year", Years), ("type", Types), ("verb", Verbs), ("symbol", Symbols) })
        {
            foreach (var value in values)
            {
                if (!FilterValues.TryRead(field, value, out var filter, out var problem)) return Fail.Invalid(problem!.Problem);
                filters = filters.Merge(filter!);
            }
        }
        if (YearFrom is null && YearTo is null) return filters;
        if (YearFrom is { } from && !int.TryParse(from, out _) || YearTo is { } to && !int.TryParse(to, out _)
            || !FilterValues.TryRange($"{YearFrom}..{YearTo}", out var range))
            return Fail.Invalid("yearFrom and yearTo", "must be years such as 2012");
        return filters.Merge(new SearchFilters { Years = [range] });
    }
}
