using Search.Index.Analysis.Languages;
using Search.Index.Indexing;

namespace Search.Index.Semantics;

/// <summary>
/// The local model trained on a snapshot and a vector for each of its documents. Derived data: rebuilt
/// deterministically from the snapshot whenever the snapshot changes.
/// </summary>
public sealed class SemanticIndex
{
    public const int MaxTrainingColumns = 60_000;

    public required CrossLingualLsi Model { get; init; }
    public required VectorIndex Vectors { get; init; }
    public required IndexSnapshot Snapshot { get; init; }

    public static SemanticIndex Build(IndexSnapshot snapshot, ITermSource analysis, int dimensions = 64)
    {
        var columns = TrainingColumns(snapshot);
        var model = LsiTrainer.Train(columns, analysis, dimensions);
        var docs = snapshot.Documents;
        var vectors = new float[docs.Count * model.Dimensions];
        Parallel.For(0, docs.Count, d =>
            model.Embed(docs.Language(d), docs.Text(d), analysis).CopyTo(vectors.AsSpan(d * model.Dimensions, model.Dimensions)));
        return new SemanticIndex { Model = model, Vectors = new VectorIndex(vectors, model.Dimensions, model.Id), Snapshot = snapshot };
    }

    /// <summary>One column a clause: its translations together when it is held in several languages (what makes the space cross-lingual).</summary>
    static List<LsiTrainer.Column> TrainingColumns(IndexSnapshot snapshot)
    {
        var docs = snapshot.Documents;
        var seen = new bool[docs.Count];
        var columns = new List<LsiTrainer.Column>();
        // Aligned clauses first: they teach the model which words translate each other.
        for (int pass = 0; pass < 2; pass++)
        {
            int stride = 1;
            if (pass == 1)
            {
                int remaining = seen.Count(s => !s);
                stride = Math.Max(1, remaining / Math.Max(1, MaxTrainingColumns - columns.Count));
            }
            for (int d = 0, n = 0; d < docs.Count && columns.Count < MaxTrainingColumns; d++)
            {
                if (seen[d]) continue;
                bool aligned = docs.AlignedNext[d] != d;
                if ((pass == 0) != aligned) continue;
                if (pass == 1 && n++ % stride != 0) continue;
                var texts = new List<(string, string)> { (docs.Language(d), docs.Text(d)) };
                seen[d] = true;
                foreach (var other in docs.Aligned(d)) { texts.Add((docs.Language(other), docs.Text(other))); seen[other] = true; }
                columns.Add(new LsiTrainer.Column(texts));
            }
        }
        return columns;
    }

    /// <summary>A query's vector: in its detected language, or in every language when it reads as none.</summary>
    public float[] EmbedQuery(string text, ITermSource analysis)
    {
        var language = LanguageDetector.Detect(text);
        if (language is not null) return Model.Embed(language, text, analysis);
        var sum = new float[Model.Dimensions];
        foreach (var l in analysis.Languages)
        {
            var v = Model.Embed(l, text, analysis);
            for (int i = 0; i < sum.Length; i++) sum[i] += v[i];
        }
        VectorMath.Normalize(sum);
        return sum;
    }
}
