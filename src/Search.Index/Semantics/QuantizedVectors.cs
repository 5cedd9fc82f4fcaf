using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Search.Index.Semantics;

/// <summary>
/// An 8-bit copy of each vector (symmetric scalar quantization, one scale a vector) with what it takes to bound
/// the error: for a document d with copy d̂ and a query q with copy q̂,
/// |q·d − q̂·d̂| ≤ ‖q‖·‖d − d̂‖ + ‖q − q̂‖·‖d̂‖, so q̂·d̂ plus that bound (with the largest ‖d − d̂‖ and ‖d̂‖ of
/// the collection) is never below the exact score.
/// </summary>
public sealed class QuantizedVectors
{
    /// <summary>Covers the rounding of the float arithmetic itself, far above it for unit vectors.</summary>
    const float Slack = 1e-4f;

    readonly int _dimensions;
    readonly sbyte[] _codes;
    readonly float[] _scales;
    readonly float _largestError;
    readonly float _largestNorm;

    public QuantizedVectors(float[] vectors, int dimensions)
    {
        _dimensions = dimensions;
        int count = vectors.Length / dimensions;
        _codes = new sbyte[vectors.Length];
        _scales = new float[count];
        var errors = new float[count];
        var norms = new float[count];
        Parallel.For(0, count, doc =>
            (_scales[doc], errors[doc], norms[doc]) = Quantize(vectors.AsSpan(doc * dimensions, dimensions), _codes.AsSpan(doc * dimensions, dimensions)));
        _largestError = count == 0 ? 0 : TensorPrimitives.Max(errors);
        _largestNorm = count == 0 ? 0 : TensorPrimitives.Max(norms);
    }

    /// <summary>A query's codes, widened once for the whole scan, and the part of the error bound that is the same for every document.</summary>
    public sealed class QueryCode(sbyte[] codes, Vector256<short>[] widened, float scale, float errorBound)
    {
        public sbyte[] Codes { get; } = codes;
        public Vector256<short>[] Widened { get; } = widened;
        public float Scale { get; } = scale;
        public float ErrorBound { get; } = errorBound;
    }

    public QueryCode Query(ReadOnlySpan<float> query)
    {
        var codes = new sbyte[_dimensions];
        var (scale, error, _) = Quantize(query, codes);
        var widened = new Vector256<short>[_dimensions / 32 * 2];
        for (int i = 0; i + 32 <= _dimensions; i += 32)
            (widened[i / 16], widened[i / 16 + 1]) = Vector256.Widen(Vector256.Create<sbyte>(codes.AsSpan(i, 32)));
        float bound = TensorPrimitives.Norm(query) * _largestError + error * _largestNorm + Slack;
        return new QueryCode(codes, widened, scale, bound);
    }

    /// <summary>
    /// For the documents from <paramref name="first"/> on, one a slot of <paramref name="bounds"/>: a score their
    /// exact dot product with the query never exceeds. A block at a time, so the loop stays tight.
    /// </summary>
    public void UpperBounds(QueryCode query, int first, Span<float> bounds)
    {
        ref sbyte codes = ref MemoryMarshal.GetArrayDataReference(_codes);
        ReadOnlySpan<float> scales = _scales.AsSpan(first, bounds.Length);
        float queryScale = query.Scale, errorBound = query.ErrorBound;
        nuint at = (nuint)first * (nuint)_dimensions;
        for (int i = 0; i < bounds.Length; i++, at += (nuint)_dimensions)
            bounds[i] = IntegerDot(query, ref Unsafe.Add(ref codes, at)) * queryScale * scales[i] + errorBound;
    }

    /// <summary>Codes of at most ±127 with one scale; returns the scale, ‖v − v̂‖ and ‖v̂‖.</summary>
    static (float Scale, float Error, float Norm) Quantize(ReadOnlySpan<float> vector, Span<sbyte> codes)
    {
        float max = MathF.Abs(TensorPrimitives.MaxMagnitude(vector));
        if (max == 0 || !float.IsFinite(max)) { codes.Clear(); return (0, TensorPrimitives.Norm(vector), 0); }
        float scale = max / 127;
        double error = 0, norm = 0;
        for (int i = 0; i < vector.Length; i++)
        {
            var code = (sbyte)Math.Clamp(MathF.Round(vector[i] / scale), -127, 127);
            codes[i] = code;
            double restored = code * (double)scale;
            error += (vector[i] - restored) * (vector[i] - restored);
            norm += restored * restored;
        }
        return (scale, (float)Math.Sqrt(error), (float)Math.Sqrt(norm));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    int IntegerDot(QueryCode query, ref sbyte document)
    {
        int i = 0, sum = 0;
        if (Avx2.IsSupported)
        {
            var widened = query.Widened;
            var acc = Vector256<int>.Zero;
            for (; i + 32 <= _dimensions; i += 32)
            {
                var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref document, (nuint)i));
                acc += Avx2.MultiplyAddAdjacent(widened[i / 16], low) + Avx2.MultiplyAddAdjacent(widened[i / 16 + 1], high);
            }
            sum = Vector256.Sum(acc);
        }
        for (; i < _dimensions; i++) sum += query.Codes[i] * Unsafe.Add(ref document, i);
        return sum;
    }
}
