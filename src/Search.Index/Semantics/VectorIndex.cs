using System.Numerics.Tensors;

namespace Search.Index.Semantics;

/// <summary>
/// One unit vector a document, in one flat array, searched exactly: the dot product with every admitted
/// document (SIMD through TensorPrimitives), keeping the k best.
/// </summary>
public sealed class VectorIndex(float[] vectors, int dimensions, string modelId)
{
    public int Dimensions { get; } = dimensions;
    public string ModelId { get; } = modelId;
    public int Count => Dimensions == 0 ? 0 : vectors.Length / Dimensions;

    public ReadOnlySpan<float> Vector(int doc) => vectors.AsSpan(doc * Dimensions, Dimensions);

    public bool HasVector(int doc)
    {
        var v = Vector(doc);
        return Math.Abs(TensorPrimitives.MaxMagnitude(v)) > 0;
    }

    /// <summary>The k documents nearest to the query among those <paramref name="admit"/> lets through, best first.</summary>
    public List<(int Doc, float Score)> Nearest(ReadOnlySpan<float> query, int k, Func<int, bool>? admit = null)
    {
        var top = new Searching.TopDocs(k);
        for (int doc = 0; doc < Count; doc++)
        {
            if (admit is not null && !admit(doc)) continue;
            var score = TensorPrimitives.Dot(query, Vector(doc));
            if (!top.IsFull || score >= top.Threshold) top.Offer(doc, score);
        }
        return top.Drain();
    }
}
