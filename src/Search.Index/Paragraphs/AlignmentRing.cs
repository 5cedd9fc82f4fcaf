namespace Search.Index.Paragraphs;

/// <summary>The same clause in its languages, as a ring over document numbers: what translations and the parallel view follow.</summary>
public static class AlignmentRing
{
    /// <summary>
    /// Links the documents of one clause (same symbol, same key) across languages into a ring: next[d] is the
    /// next document of d's clause, d itself when it is alone. With <paramref name="live"/> (one bit a document),
    /// only the live ones are linked. Documents are bucketed by symbol with a counting sort (symbols are small dense
    /// numbers), then each symbol's few dozen documents are sorted by key: linear work and no hashing of a million
    /// keys, which matters at every refresh of the keyword index.
    /// </summary>
    public static int[] Link(int[] symbolIds, int[] keyIds, ulong[]? live = null)
    {
        int n = symbolIds.Length;
        var next = new int[n];
        int symbols = 0;
        for (int d = 0; d < n; d++) { next[d] = d; symbols = Math.Max(symbols, symbolIds[d] + 1); }
        var starts = new int[symbols + 1];
        for (int d = 0; d < n; d++) if (IsLive(live, d)) starts[symbolIds[d] + 1]++;
        for (int s = 0; s < symbols; s++) starts[s + 1] += starts[s];
        var bySymbol = new int[starts[symbols]];
        var fill = (int[])starts.Clone();
        for (int d = 0; d < n; d++) if (IsLive(live, d)) bySymbol[fill[symbolIds[d]]++] = d;

        var keys = new long[64];
        for (int s = 0; s < symbols; s++)
        {
            int from = starts[s], count = starts[s + 1] - from;
            if (count < 2) continue;
            if (keys.Length < count) keys = new long[Math.Max(count, keys.Length * 2)];
            for (int i = 0; i < count; i++) keys[i] = (long)keyIds[bySymbol[from + i]] << 32 | (uint)bySymbol[from + i];
            Array.Sort(keys, 0, count);
            for (int i = 0; i < count;)
            {
                int j = i + 1;
                while (j < count && keys[j] >> 32 == keys[i] >> 32) j++;
                for (int k = i; k < j; k++) next[(int)keys[k]] = (int)keys[k + 1 < j ? k + 1 : i];
                i = j;
            }
        }
        return next;
    }

    static bool IsLive(ulong[]? live, int doc) => live is null || (live[doc >> 6] & (1UL << doc)) != 0;
}
