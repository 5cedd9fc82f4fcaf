using Search.Index.Storage;

namespace Search.Index.Semantics;

/// <summary>
/// One unit vector a document, each keyed by a hash of what the model reads. Vectors the store already holds for
/// the model are read; the rest are computed once per distinct key and stored, so that re-indexing never
/// computes an unchanged paragraph again.
/// </summary>
public static class StoredVectors
{
    /// <param name="compute">Vectors for the given documents, in their order.</param>
    public static async Task<(float[] Vectors, int Dimensions)> AssembleAsync(string modelId, IReadOnlyList<string> keys,
        Func<IReadOnlyList<int>, Task<IReadOnlyList<float[]>>> compute, ResolutionStore? store)
    {
        // The first document of each distinct key carries the vector; the others copy it at the end.
        var firstDoc = new Dictionary<string, int>(keys.Count, StringComparer.Ordinal);
        var sameAs = new int[keys.Count];
        for (int d = 0; d < keys.Count; d++)
            sameAs[d] = firstDoc.TryAdd(keys[d], d) ? d : firstDoc[keys[d]];

        float[]? vectors = null;
        int dimensions = 0;
        var filled = new bool[keys.Count];
        void Put(int doc, ReadOnlySpan<float> vector)
        {
            if (vectors is null)
            {
                dimensions = vector.Length;
                vectors = new float[(long)keys.Count * dimensions];
            }
            if (vector.Length != dimensions) throw new InvalidOperationException($"the model {modelId} gave vectors of {vector.Length} and of {dimensions} dimensions");
            vector.CopyTo(vectors.AsSpan(doc * dimensions, dimensions));
            filled[doc] = true;
        }

        // Stored vectors of another length than the model gives now (a model that changed behind the same name) are
        // not trusted: all are computed again, and the store's copies replaced.
        bool consistent = true;
        store?.ReadEmbeddings(modelId, (hash, vector) =>
        {
            if (!consistent || !firstDoc.TryGetValue(hash, out var doc)) return;
            if (vectors is not null && vector.Length != dimensions) { consistent = false; return; }
            Put(doc, vector);
        });
        if (!consistent)
        {
            vectors = null;
            Array.Clear(filled);
        }

        async Task<IReadOnlyList<float[]>> Compute(List<int> docs)
        {
            var computed = await compute(docs);
            if (computed.Count != docs.Count) throw new InvalidOperationException($"the model {modelId} returned {computed.Count} vectors for {docs.Count} texts");
            return computed;
        }
        void PutAndStore(List<int> docs, IReadOnlyList<float[]> computed)
        {
            for (int i = 0; i < docs.Count; i++) Put(docs[i], computed[i]);
            store?.SaveEmbeddings(modelId, docs.Select((d, i) => (keys[d], computed[i])));
        }

        var missing = firstDoc.Values.Where(d => !filled[d]).Order().ToList();
        if (missing.Count > 0)
        {
            var computed = await Compute(missing);
            if (vectors is not null && computed.Count > 0 && computed[0].Length != dimensions)
            {
                // The stored vectors have another length than the model gives now: those are computed again too.
                var stale = firstDoc.Values.Where(d => filled[d]).Order().ToList();
                vectors = null;
                Array.Clear(filled);
                PutAndStore(missing, computed);
                PutAndStore(stale, await Compute(stale));
            }
            else PutAndStore(missing, computed);
        }

        vectors ??= [];
        for (int d = 0; d < keys.Count; d++)
        {
            var slot = vectors.AsSpan(d * dimensions, dimensions);
            if (sameAs[d] != d) vectors.AsSpan(sameAs[d] * dimensions, dimensions).CopyTo(slot);
            else VectorMath.Normalize(slot);
        }
        return (vectors, dimensions);
    }

    /// <summary>A short, stable hash of a text (and, for a model that reads the language too, of its language).</summary>
    public static string Key(string text, string? language = null) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(language is null ? text : language + "\n" + text)))[..32];
}
