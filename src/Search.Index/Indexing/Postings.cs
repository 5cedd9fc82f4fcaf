namespace Search.Index.Indexing;

/// <summary>
/// The postings of one term in one language field: its slice of the field's flat arrays. Documents in increasing
/// order, their term frequencies, where their positions start in the field's position pool, and per block of
/// <see cref="BlockSize"/> postings the largest BM25 term-frequency factor, for skipping blocks that cannot make
/// the top k. No array of its own, so a field with a million terms is a handful of arrays to save and load.
/// </summary>
public sealed class Postings(FieldPostings all, int start, int count, int blockStart)
{
    public const int BlockSize = 128;

    public ReadOnlySpan<int> Docs => all.Docs.AsSpan(start, count);
    public ReadOnlySpan<int> Freqs => all.Freqs.AsSpan(start, count);
    public ReadOnlySpan<int> PositionStarts => all.PositionStarts.AsSpan(start, count);
    public ReadOnlySpan<float> BlockMaxTf => all.BlockMaxTf.AsSpan(blockStart, (count + BlockSize - 1) / BlockSize);
    public int Count => count;
}

/// <summary>
/// All postings of a field, term after term in sorted order: term t's postings are entries TermStarts[t] to
/// TermStarts[t + 1] of the posting arrays, its block maxima entries BlockStarts[t] to BlockStarts[t + 1].
/// </summary>
public sealed record FieldPostings(int[] TermStarts, int[] BlockStarts, int[] Docs, int[] Freqs, int[] PositionStarts, float[] BlockMaxTf);
