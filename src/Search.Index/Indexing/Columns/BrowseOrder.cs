namespace Search.Index.Indexing.Columns;

/// <summary>
/// What browsing (filters without words) needs of one reader, made on its first browse: the live paragraphs
/// grouped by their facet values with a count each, so that facets are counted over a few thousand groups
/// instead of every paragraph, and the live paragraphs newest first, so that the first page is found by
/// walking from the top until enough paragraphs pass the filters.
/// </summary>
public sealed class BrowseOrder
{
    public required byte[] GroupLanguages { get; init; }
    public required short[] GroupSessions { get; init; }
    public required short[] GroupYears { get; init; }
    public required byte[] GroupTypes { get; init; }
    public required int[] GroupVerbs { get; init; }
    public required int[] GroupCounts { get; init; }
    /// <summary>Live documents by date, newest first; on the same date, lower document number first.</summary>
    public required int[] NewestFirst { get; init; }
    public required int[] Dates { get; init; }

    public static BrowseOrder Build(ReaderColumns columns)
    {
        var groups = new Dictionary<long, int>();
        var keys = new long[columns.LiveCount];
        int live = 0;
        for (int doc = 0; doc < columns.Count; doc++)
        {
            if (!columns.IsLive(doc)) continue;
            long group = (long)columns.LanguageIds[doc] << 56 | (long)(ushort)columns.Sessions[doc] << 40 | (long)(ushort)columns.Years[doc] << 24
                | (long)columns.Types[doc] << 20 | (uint)columns.VerbIds[doc] & 0xFFFFF;
            if (columns.VerbIds[doc] > 0xFFFFF) group = ~(long)doc; // more verbs than the key holds: a group of its own
            groups[group] = groups.GetValueOrDefault(group) + 1;
            // Newest first, then by document number: one sortable key.
            keys[live++] = (long)(int.MaxValue - columns.Dates[doc]) << 32 | (uint)doc;
        }
        Array.Sort(keys, 0, live);
        var order = new int[live];
        for (int i = 0; i < live; i++) order[i] = (int)(keys[i] & 0xFFFFFFFF);

        int n = groups.Count, g = 0;
        var result = new BrowseOrder
        {
            GroupLanguages = new byte[n], GroupSessions = new short[n], GroupYears = new short[n], GroupTypes = new byte[n],
            GroupVerbs = new int[n], GroupCounts = new int[n], NewestFirst = order, Dates = columns.Dates,
        };
        foreach (var (key, count) in groups)
        {
            if (key < 0)
            {
                int doc = (int)~key;
                (result.GroupLanguages[g], result.GroupSessions[g], result.GroupYears[g], result.GroupTypes[g], result.GroupVerbs[g]) =
                    (columns.LanguageIds[doc], columns.Sessions[doc], columns.Years[doc], columns.Types[doc], columns.VerbIds[doc]);
            }
            else
            {
                result.GroupLanguages[g] = (byte)(key >> 56);
                result.GroupSessions[g] = (short)(ushort)(key >> 40);
                result.GroupYears[g] = (short)(ushort)(key >> 24);
                result.GroupTypes[g] = (byte)((key >> 20) & 0xF);
                result.GroupVerbs[g] = (int)(key & 0xFFFFF);
            }
            result.GroupCounts[g++] = count;
        }
        return result;
    }

    /// <summary>
    /// The live documents in date order (oldest first when <paramref name="oldest"/>), equal dates always in
    /// document order, as the top-k of a full scan would rank them.
    /// </summary>
    public IEnumerable<int> InDateOrder(bool oldest)
    {
        if (!oldest)
        {
            foreach (var doc in NewestFirst) yield return doc;
            yield break;
        }
        // Backwards run by run of equal dates, each run forwards.
        int end = NewestFirst.Length;
        while (end > 0)
        {
            int start = end - 1;
            int date = Dates[NewestFirst[start]];
            while (start > 0 && Dates[NewestFirst[start - 1]] == date) start--;
            for (int i = start; i < end; i++) yield return NewestFirst[i];
            end = start;
        }
    }
}
