using Search.Index.Indexing;
using Search.Index.Scoring;

namespace Search.Index.Searching.Matching;

/// <summary>The postings of one term, scored by BM25.</summary>
public sealed class TermMatcher(Postings postings, float idf, int[] lengths, double averageLength) : DocMatcher
{
    int _index = -1;

    public Postings Postings { get; } = postings;
    public int Index => _index;
    public float Idf { get; } = idf;
    public override long Cost => Postings.Count;

    public override int NextDoc()
    {
        _index++;
        return Doc = _index < Postings.Count ? Postings.Docs[_index] : NoMoreDocs;
    }

    public override int Advance(int target)
    {
        if (Doc >= target) return Doc;
        var docs = Postings.Docs;
        // Gallop, then binary search: long postings lists are skipped in logarithmic steps.
        int lo = _index + 1, step = 1, hi = lo;
        while (hi < docs.Length && docs[hi] < target) { lo = hi + 1; hi += step; step <<= 1; }
        hi = Math.Min(hi, docs.Length);
        int found = docs[lo..hi].BinarySearch(target);
        _index = lo + (found >= 0 ? found : ~found);
        return Doc = _index < docs.Length ? docs[_index] : NoMoreDocs;
    }

    public int Freq => Postings.Freqs[_index];

    public ReadOnlySpan<int> Positions(int[] pool) => pool.AsSpan(Postings.PositionStarts[_index], Postings.Freqs[_index]);

    public override float Score() => Idf * Bm25.TfFactor(Postings.Freqs[_index], lengths[Doc], averageLength);

    public float MaxTfFactor() => Postings.BlockMaxTf[_index / Postings.BlockSize];

    public override float MaxScore() => Idf * MaxTfFactor();
}
