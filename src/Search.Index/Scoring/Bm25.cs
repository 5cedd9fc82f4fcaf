namespace Search.Index.Scoring;

/// <summary>BM25 (k1 = 1.2, b = 0.75), as Lucene computes it.</summary>
public static class Bm25
{
    public const float K1 = 1.2f;
    public const float B = 0.75f;

    public static float Idf(long docFreq, long docCount) => (float)Math.Log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));

    /// <summary>The term-frequency factor: grows with tf, shrinks with document length; at most K1 + 1.</summary>
    public static float TfFactor(float tf, int length, double averageLength) =>
        (float)(tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / averageLength)));
}
