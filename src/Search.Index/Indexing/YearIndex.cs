namespace Search.Index.Indexing;

/// <summary>
/// Documents by year, and counts by language and year: what browsing by year needs to avoid a pass over every
/// document. Derived from the columns on first use.
/// </summary>
public sealed class YearIndex
{
    public const int MaxYear = 4096;

    /// <summary>Documents of each year, in increasing order.</summary>
    public required IReadOnlyDictionary<int, int[]> Docs { get; init; }

    /// <summary>[language id][year]: how many documents.</summary>
    public required int[][] CountsByLanguage { get; init; }

    public static YearIndex Build(DocumentTable table)
    {
        var lists = new Dictionary<int, List<int>>();
        var counts = new int[table.Languages.Length][];
        for (int l = 0; l < counts.Length; l++) counts[l] = new int[MaxYear];
        for (int d = 0; d < table.Count; d++)
        {
            int year = table.Years[d];
            if (year <= 0 || year >= MaxYear) continue;
            if (!lists.TryGetValue(year, out var list)) lists[year] = list = [];
            list.Add(d);
            counts[table.LanguageIds[d]][year]++;
        }
        return new YearIndex { Docs = lists.ToDictionary(p => p.Key, p => p.Value.ToArray()), CountsByLanguage = counts };
    }
}
