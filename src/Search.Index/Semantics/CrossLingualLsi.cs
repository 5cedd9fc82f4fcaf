using Search.Index.Analysis;
using Search.Index.Paragraphs;

namespace Search.Index.Semantics;

/// <summary>
/// The local embedding model: cross-language latent semantic indexing (Dumais, Landauer and Littman, 1997).
/// Terms of every language ("en:convent", "fr:convent", "ru:конвенц") get vectors from a truncated SVD of a
/// term-by-clause matrix whose columns are clauses held in several languages, each column holding the terms of
/// all its translations. Words that translate each other occur in the same columns, so they land close
/// together, and a French clause and its Russian translation get near vectors without any dictionary.
/// </summary>
public sealed class CrossLingualLsi
{
    public required string Id { get; init; }
    public required int Dimensions { get; init; }
    public required Dictionary<string, int> Terms { get; init; }
    public required float[] Idf { get; init; }
    /// <summary>Row t holds term t's vector: <see cref="Dimensions"/> floats.</summary>
    public required float[] TermVectors { get; init; }

    public static string Key(string language, string term) => language + ":" + term;

    /// <summary>A unit vector for a text in a language, or all zeros when none of its terms is known.</summary>
    public float[] Embed(string language, string text, ITermSource analysis)
    {
        var counts = new Dictionary<int, int>();
        analysis.Analyze(language, text, (term, _, _, _) =>
        {
            if (Terms.TryGetValue(Key(language, term), out var id)) counts[id] = counts.GetValueOrDefault(id) + 1;
        });
        var vector = new float[Dimensions];
        foreach (var (id, tf) in counts)
        {
            float weight = (1 + MathF.Log(tf)) * Idf[id];
            var row = TermVectors.AsSpan(id * Dimensions, Dimensions);
            for (int i = 0; i < Dimensions; i++) vector[i] += weight * row[i];
        }
        VectorMath.Normalize(vector);
        return vector;
    }
}
