using Search.Index.Semantics;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Semantics;

/// <summary>The quantized scan must give exactly what a dot product with every document gives.</summary>
public class VectorIndexTests
{
    /// <summary>Unit vectors in tight clusters with exact duplicates: the hard case for a quantized first pass.</summary>
    static float[] ClusteredVectors(int count, int dimensions, Random random)
    {
        var centres = Enumerable.Range(0, 12).Select(_ => RandomUnit(dimensions, random, null, 0)).ToList();
        var vectors = new float[count * dimensions];
        for (int d = 0; d < count; d++)
        {
            float[] v = d % 17 == 5 ? vectors.AsSpan((d - 1) * dimensions, dimensions).ToArray()
                : d % 23 == 0 ? new float[dimensions]
                : RandomUnit(dimensions, random, centres[random.Next(centres.Count)], 0.05f);
            v.CopyTo(vectors.AsSpan(d * dimensions));
        }
        return vectors;
    }

    static float[] RandomUnit(int dimensions, Random random, float[]? around, float spread)
    {
        var v = new float[dimensions];
        for (int i = 0; i < dimensions; i++) v[i] = (around?[i] ?? 0) + (float)(random.NextDouble() * 2 - 1) * (around is null ? 1 : spread);
        VectorMath.Normalize(v);
        return v;
    }

    [Theory]
    [InlineData(64)]
    [InlineData(40)]
    [InlineData(7)]
    public void Quantized_nearest_neighbours_are_the_exact_ones(int dimensions)
    {
        var random = new Random(dimensions);
        var index = new VectorIndex(ClusteredVectors(5000, dimensions, random), dimensions, "test");
        Assert.True(index.IsQuantized);
        for (int i = 0; i < 300; i++)
        {
            float[] query = i % 3 == 0 ? index.Vector(random.Next(index.Count)).ToArray() : RandomUnit(dimensions, random, null, 0);
            int k = 1 + random.Next(30), modulus = 1 + random.Next(4);
            Func<int, bool>? admit = i % 2 == 0 ? null : d => d % modulus == 0;
            var exact = index.NearestExact(query, k, admit);
            Assert.Equal(exact, index.Nearest(query, k, admit));
            Assert.Equal(Math.Min(k, Enumerable.Range(0, index.Count).Count(d => index.HasVector(d) && (admit?.Invoke(d) ?? true))), exact.Count);
        }
    }

    [Fact]
    public void Every_document_above_a_minimum_is_found_with_its_exact_score()
    {
        var random = new Random(3);
        var index = new VectorIndex(ClusteredVectors(4000, 64, random), 64, "test");
        for (int i = 0; i < 50; i++)
        {
            var query = RandomUnit(64, random, index.Vector(random.Next(index.Count)).ToArray(), 0.1f);
            float minimum = (float)random.NextDouble();
            var expected = Enumerable.Range(0, index.Count).Where(index.HasVector)
                .Select(d => (d, System.Numerics.Tensors.TensorPrimitives.Dot(query, index.Vector(d)))).Where(p => p.Item2 >= minimum).ToList();
            var found = new List<(int, float)>();
            index.ForEachAtLeast(query, minimum, (d, s) => found.Add((d, s)));
            Assert.Equal(expected, found);
        }
    }

    [Fact]
    public void The_seed_model_gives_the_same_neighbours_quantized_or_not()
    {
        var vectors = SeedIndex.Instance.Semantic.Vectors;
        var plain = Enumerable.Range(0, vectors.Count).SelectMany(d => vectors.Vector(d).ToArray()).ToArray();
        for (int doc = 0; doc < vectors.Count; doc++)
            Assert.Equal(vectors.NearestExact(vectors.Vector(doc), 10), vectors.Nearest(vectors.Vector(doc), 10));
        var unquantized = new VectorIndex(plain, vectors.Dimensions, vectors.ModelId, quantize: false);
        Assert.False(unquantized.IsQuantized);
        Assert.Equal(unquantized.Nearest(vectors.Vector(0), 10), vectors.Nearest(vectors.Vector(0), 10));
    }
}
