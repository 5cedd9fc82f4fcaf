namespace Search.Index.Indexing.Columns;

/// <summary>
/// What browsing (filters without words) needs of one reader, made on its first browse: how many live paragraphs
/// each facet group holds (<see cref="Paragraphs.FacetGroups"/>), so that facets are counted over a few thousand
/// groups instead of every paragraph, and the live paragraphs newest first, so that the first page is found by
/// walking from the top until enough paragraphs pass the filters.
/// </summary>
public sealed class BrowseOrder
{
    /// <summary>Live documents a facet group, by group number.</summary>
    public required int[] LiveInGroup { get; init; }
    /// <summary>Live documents by date, newest first; on the same date, lower document number first.</summary>
    public required int[] NewestFirst { get; init; }
    public required int[] Dates { get; init; }

    // Runs once when a process opens the index, over every document: compiled optimized at once rather than first
    // as quick unoptimized code, which a fresh process would spend most of its open time in.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static BrowseOrder Build(ReaderColumns columns)
    {
        var groups = columns.Groups;
        var liveInGroup = new int[groups.Count];
        var dates = new Dictionary<int, int>(); // date -> number of live documents with it
        for (int doc = 0; doc < columns.Count; doc++)
        {
            if (!columns.IsLive(doc)) continue;
            liveInGroup[groups.GroupOf[doc]]++;
            dates[columns.Dates[doc]] = dates.GetValueOrDefault(columns.Dates[doc]) + 1;
        }
        // Newest first, then by document number: a counting sort over the few thousand distinct dates, which keeps
        // document order within a date, where a comparison sort of a million keys would take several times longer.
        var distinct = dates.Keys.ToArray();
        Array.Sort(distinct, (a, b) => b.CompareTo(a));
        var start = new Dictionary<int, int>(distinct.Length);
        int at = 0;
        foreach (var date in distinct) { start[date] = at; at += dates[date]; }
        var order = new int[at];
        for (int doc = 0; doc < columns.Count; doc++)
        {
            if (!columns.IsLive(doc)) continue;
            ref int slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(start, columns.Dates[doc]);
            order[slot++] = doc;
        }
        return new BrowseOrder { LiveInGroup = liveInGroup, NewestFirst = order, Dates = columns.Dates };
    }

    /// <summary>
    /// The live documents in date order (oldest first when <paramref name="oldest"/>), equal dates always in
    /// document order, as the top-k of a full scan would rank them. When only the years
    /// <paramref name="fromYear"/> to <paramref name="toYear"/> can pass, the walk starts and ends at their dates:
    /// a dated paragraph's year is its date's year, so the others cannot pass; undated ones (sorted last) are
    /// always visited.
    /// </summary>
    public IEnumerable<int> InDateOrder(bool oldest, int fromYear = 0, int toYear = 9999)
    {
        int undated = FirstWithDateBelow(1);
        int newest = FirstWithDateBelow((toYear + 1) * 10_000);
        // Undated documents sort last and are walked separately, so the dated walk stops where they begin.
        newest = Math.Min(newest, undated);
        int oldestEnd = Math.Clamp(FirstWithDateBelow(Math.Max(1, fromYear * 10_000)), newest, undated);
        if (!oldest)
        {
            for (int i = newest; i < oldestEnd; i++) yield return NewestFirst[i];
            for (int i = undated; i < NewestFirst.Length; i++) yield return NewestFirst[i];
            yield break;
        }
        for (int i = undated; i < NewestFirst.Length; i++) yield return NewestFirst[i];
        // Backwards run by run of equal dates, each run forwards.
        int end = oldestEnd;
        while (end > newest)
        {
            int start = end - 1;
            int date = Dates[NewestFirst[start]];
            while (start > newest && Dates[NewestFirst[start - 1]] == date) start--;
            for (int i = start; i < end; i++) yield return NewestFirst[i];
            end = start;
        }
    }

    /// <summary>The first position in <see cref="NewestFirst"/> whose date is below <paramref name="date"/> (undated ones count as 0).</summary>
    int FirstWithDateBelow(int date)
    {
        int lo = 0, hi = NewestFirst.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Dates[NewestFirst[mid]] >= date) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
