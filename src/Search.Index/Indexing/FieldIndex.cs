namespace Search.Index.Indexing;

/// <summary>The inverted index of one language: its terms (sorted, for prefix queries), their postings and positions.</summary>
public sealed class FieldIndex
{
    public required string Language { get; init; }
    public required string[] SortedTerms { get; init; }
    public required Dictionary<string, Postings> Terms { get; init; }
    public required int[] Positions { get; init; }
    public required int DocCount { get; init; }
    public required double AverageLength { get; init; }

    public Postings? Get(string term) => Terms.GetValueOrDefault(term);

    /// <summary>Terms starting with a prefix, from the sorted term list; at most <paramref name="max"/>.</summary>
    public IEnumerable<string> WithPrefix(string prefix, int max)
    {
        int lo = 0, hi = SortedTerms.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(SortedTerms[mid], prefix) < 0) lo = mid + 1; else hi = mid;
        }
        for (int i = lo, n = 0; i < SortedTerms.Length && n < max && SortedTerms[i].StartsWith(prefix, StringComparison.Ordinal); i++, n++)
            yield return SortedTerms[i];
    }
}
