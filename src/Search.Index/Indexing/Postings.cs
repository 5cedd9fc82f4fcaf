namespace Search.Index.Indexing;

/// <summary>
/// The postings of one term in one language field, as flat arrays: documents in increasing order, their term
/// frequencies, where their positions start in the field's position pool, and per block of
/// <see cref="BlockSize"/> postings the largest BM25 term-frequency factor, for skipping blocks that cannot
/// make the top k.
/// </summary>
public sealed class Postings(int[] docs, int[] freqs, int[] positionStarts, float[] blockMaxTf)
{
    public const int BlockSize = 128;

    public int[] Docs { get; } = docs;
    public int[] Freqs { get; } = freqs;
    public int[] PositionStarts { get; } = positionStarts;
    public float[] BlockMaxTf { get; } = blockMaxTf;
    public int Count => Docs.Length;
}
