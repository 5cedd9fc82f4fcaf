using System.Numerics.Tensors;
using Search.Index.Paragraphs;

namespace Search.Index.Semantics;

/// <summary>
/// One unit vector a document, in one flat array, searched exactly. A scan first reads each document's 8-bit
/// copy (<see cref="QuantizedVectors"/>), a quarter of the memory to stream, and computes the exact float dot
/// product only for a document whose approximate score, widened by its proven error bound, could still enter
/// the results. The answer is therefore always the exact one; quantization only skips work.
/// </summary>
public sealed class VectorIndex
{
    readonly float[] _vectors;
    readonly QuantizedVectors? _quantized;
    readonly bool[] _present;

    public VectorIndex(float[] vectors, int dimensions, string modelId, bool quantize = true)
    {
        _vectors = vectors;
        Dimensions = dimensions;
        ModelId = modelId;
        _present = new bool[Count];
        for (int doc = 0; doc < Count; doc++) _present[doc] = TensorPrimitives.MaxMagnitude(Vector(doc)) != 0;
        _quantized = quantize && Count > 0 ? new QuantizedVectors(vectors, dimensions) : null;
    }

    public int Dimensions { get; }
    public string ModelId { get; }
    public int Count => Dimensions == 0 ? 0 : _vectors.Length / Dimensions;
    public bool IsQuantized => _quantized is not null;

    public ReadOnlySpan<float> Vector(int doc) => _vectors.AsSpan(doc * Dimensions, Dimensions);

    /// <summary>False for a document none of whose words the model knows (an all-zero vector).</summary>
    public bool HasVector(int doc) => _present[doc];

    /// <summary>The k documents nearest to the query among those <paramref name="admit"/> lets through, best first.</summary>
    public List<(int Doc, float Score)> Nearest(ReadOnlySpan<float> query, int k, Func<int, bool>? admit = null)
    {
        if (_quantized is null) return NearestExact(query, k, admit);
        var top = new BestDocs(k);
        float threshold = float.NegativeInfinity;
        ForEachCandidate(query, () => threshold, (doc, score) =>
        {
            if (admit is not null && !admit(doc)) return;
            top.Offer(doc, score);
            if (top.IsFull) threshold = (float)top.Threshold;
        });
        return top.Drain().ConvertAll(t => (t.Doc, (float)t.Key));
    }

    /// <summary>The same answer as <see cref="Nearest"/> by a dot product with every admitted document: the reference it is tested against.</summary>
    public List<(int Doc, float Score)> NearestExact(ReadOnlySpan<float> query, int k, Func<int, bool>? admit = null)
    {
        var top = new BestDocs(k);
        for (int doc = 0; doc < Count; doc++)
        {
            if (!_present[doc] || (admit is not null && !admit(doc))) continue;
            var score = TensorPrimitives.Dot(query, Vector(doc));
            if (!top.IsFull || score >= top.Threshold) top.Offer(doc, score);
        }
        return top.Drain().ConvertAll(t => (t.Doc, (float)t.Key));
    }

    /// <summary>Every document whose score reaches <paramref name="minimum"/>, with its exact score, in document order.</summary>
    public void ForEachAtLeast(ReadOnlySpan<float> query, float minimum, Action<int, float> take) =>
        ForEachCandidate(query, () => minimum, (doc, score) => { if (score >= minimum) take(doc, score); });

    const int Block = 256;

    /// <summary>
    /// Gives <paramref name="take"/> the exact score of every document that has a vector and whose upper bound
    /// reaches the current <paramref name="threshold"/> (read again after each document).
    /// </summary>
    void ForEachCandidate(ReadOnlySpan<float> query, Func<float> threshold, Action<int, float> take)
    {
        var code = _quantized?.Query(query);
        Span<float> bounds = stackalloc float[Block];
        float current = threshold();
        for (int first = 0; first < Count; first += Block)
        {
            var block = bounds[..Math.Min(Block, Count - first)];
            if (code is null) block.Fill(float.PositiveInfinity);
            else _quantized!.UpperBounds(code, first, block);
            for (int i = 0; i < block.Length; i++)
            {
                if (block[i] < current) continue;
                int doc = first + i;
                if (!_present[doc]) continue;
                take(doc, TensorPrimitives.Dot(query, Vector(doc)));
                current = threshold();
            }
        }
    }
}
