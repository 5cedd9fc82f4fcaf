namespace Search.Index.Paragraphs;

/// <summary>The same clause in its languages, as a ring over document numbers: what translations and the parallel view follow.</summary>
public static class AlignmentRing
{
    /// <summary>
    /// Links the documents of one clause (same symbol, same key) across languages into a ring: next[d] is the
    /// next document of d's clause in document order, d itself when it is alone. With <paramref name="live"/> (one
    /// bit a document), only the live ones are linked. The documents are put in (symbol, key) order by two stable
    /// counting sorts, by key and then by symbol (both are small dense numbers): linear work, no comparisons and
    /// no hashing of a million keys, which matters at every refresh and when a fresh process opens the index.
    /// </summary>
    // Runs once when a process opens the index, over every document: compiled optimized at once rather than first
    // as quick unoptimized code, which a fresh process would spend most of its open time in.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int[] Link(int[] symbolIds, int[] keyIds, ulong[]? live = null)
    {
        int n = symbolIds.Length;
        var next = new int[n];
        int symbols = 0, keys = 0, count = 0;
        for (int d = 0; d < n; d++)
        {
            next[d] = d;
            if (!IsLive(live, d)) continue;
            symbols = Math.Max(symbols, symbolIds[d] + 1);
            keys = Math.Max(keys, keyIds[d] + 1);
            count++;
        }
        var byKey = new int[count];
        var starts = new int[Math.Max(symbols, keys) + 1];
        for (int d = 0; d < n; d++) if (IsLive(live, d)) starts[keyIds[d] + 1]++;
        for (int k = 0; k < keys; k++) starts[k + 1] += starts[k];
        for (int d = 0; d < n; d++) if (IsLive(live, d)) byKey[starts[keyIds[d]]++] = d;

        var ordered = new int[count];
        Array.Clear(starts);
        foreach (int d in byKey) starts[symbolIds[d] + 1]++;
        for (int s = 0; s < symbols; s++) starts[s + 1] += starts[s];
        foreach (int d in byKey) ordered[starts[symbolIds[d]]++] = d;

        for (int i = 0; i < count;)
        {
            int first = ordered[i], j = i + 1;
            while (j < count && symbolIds[ordered[j]] == symbolIds[first] && keyIds[ordered[j]] == keyIds[first]) j++;
            for (int k = i; k < j; k++) next[ordered[k]] = ordered[k + 1 < j ? k + 1 : i];
            i = j;
        }
        return next;
    }

    static bool IsLive(ulong[]? live, int doc) => live is null || (live[doc >> 6] & (1UL << doc)) != 0;
}
