namespace Search.Index.Indexing;

/// <summary>The inverted index of one language: its terms (sorted, for prefix queries), their postings and positions.</summary>
public sealed class FieldIndex
{
    public required string Language { get; init; }
    public required string[] SortedTerms { get; init; }
    public required Dictionary<string, Postings> Terms { get; init; }
    /// <summary>The postings of all terms, in <see cref="SortedTerms"/> order.</summary>
    public required FieldPostings Postings { get; init; }
    public required int[] Positions { get; init; }
    public required int DocCount { get; init; }
    public required double AverageLength { get; init; }

    public Postings? Get(string term) => Terms.GetValueOrDefault(term);

    /// <summary>A field from its sorted terms and their postings in flat arrays.</summary>
    public static FieldIndex Create(string language, int docCount, double averageLength, int[] positions, string[] sortedTerms,
        int[] termStarts, int[] blockStarts, int[] docs, int[] freqs, int[] positionStarts, float[] blockMaxTf)
    {
        var all = new FieldPostings(termStarts, blockStarts, docs, freqs, positionStarts, blockMaxTf);
        var terms = new Dictionary<string, Postings>(sortedTerms.Length, StringComparer.Ordinal);
        for (int t = 0; t < sortedTerms.Length; t++)
            terms[sortedTerms[t]] = new Postings(all, termStarts[t], termStarts[t + 1] - termStarts[t], blockStarts[t]);
        return new FieldIndex { Language = language, SortedTerms = sortedTerms, Terms = terms, Postings = all, Positions = positions, DocCount = docCount, AverageLength = averageLength };
    }

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
