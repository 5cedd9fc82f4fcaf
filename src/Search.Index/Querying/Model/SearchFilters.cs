namespace Search.Index.Querying.Model;

/// <summary>
/// Restrictions on metadata. Several values of one field are alternatives (OR); fields combine with AND.
/// Empty sets mean no restriction.
/// </summary>
public sealed record SearchFilters
{
    public IReadOnlySet<string> Languages { get; init; } = new HashSet<string>();
    public IReadOnlyList<IntRange> Sessions { get; init; } = [];
    public IReadOnlyList<IntRange> Years { get; init; } = [];
    public IReadOnlySet<string> Types { get; init; } = new HashSet<string>();
    /// <summary>Lead verbs, lower-cased.</summary>
    public IReadOnlySet<string> Verbs { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Symbols { get; init; } = new HashSet<string>();

    public static readonly SearchFilters None = new();

    public bool IsEmpty => Languages.Count == 0 && Sessions.Count == 0 && Years.Count == 0 && Types.Count == 0 && Verbs.Count == 0 && Symbols.Count == 0;

    /// <summary>Both sets of restrictions: values of a field present in both are united (multi-select).</summary>
    public SearchFilters Merge(SearchFilters other) => new()
    {
        Languages = Languages.Union(other.Languages).ToHashSet(),
        Sessions = [.. Sessions, .. other.Sessions],
        Years = [.. Years, .. other.Years],
        Types = Types.Union(other.Types).ToHashSet(),
        Verbs = Verbs.Union(other.Verbs).ToHashSet(),
        Symbols = Symbols.Union(other.Symbols).ToHashSet(),
    };
}

public readonly record struct IntRange(int From, int To)
{
    public bool Contains(int value) => value >= From && value <= To;

    public override string ToString() => From == To ? From.ToString() : $"{From}..{To}";
}
