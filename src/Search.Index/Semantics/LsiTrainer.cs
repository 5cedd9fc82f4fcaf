using Search.Index.Analysis;
using System.Security.Cryptography;
using System.Text;
using Search.Index.Paragraphs;

namespace Search.Index.Semantics;

/// <summary>
/// Trains <see cref="CrossLingualLsi"/>: a column per clause group (the translations of one clause, or a clause
/// held in one language), tf-idf weights, and a truncated SVD by randomized range finding (Halko, Martinsson
/// and Tropp, 2011) with two power iterations. Deterministic: the same columns and seed give the same model.
/// </summary>
public static class LsiTrainer
{
    /// <summary>One training column: the texts of one clause, by language.</summary>
    public sealed record Column(IReadOnlyList<(string Language, string Text)> Texts);

    /// <summary>The start of every local model's id: models of this family replace each other in the store.</summary>
    public const string Family = "local-lsi-";

    /// <summary>Raised whenever training or analysis changes what a model learns from the same text.</summary>
    const int TrainingVersion = 2;

    /// <summary>
    /// A model's id from everything it is trained on (the columns' text, the dimensions, the seed), known before
    /// training, so that a model kept in the store can be found without training it again.
    /// </summary>
    public static string ModelId(IReadOnlyList<Column> columns, int dimensions = 64, int seed = 17, int minDocFreq = 2)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{TrainingVersion}|{dimensions}|{seed}|{minDocFreq}|{columns.Count}\n"));
        foreach (var column in columns)
        {
            foreach (var (language, text) in column.Texts)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(language));
                hash.AppendData([0]);
                hash.AppendData(Encoding.UTF8.GetBytes(text));
                hash.AppendData([0]);
            }
            hash.AppendData([1]);
        }
        return $"{Family}{dimensions}-" + Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant();
    }

    public static CrossLingualLsi Train(IReadOnlyList<Column> columns, ITermSource analysis, int dimensions = 64, int seed = 17, int minDocFreq = 2)
    {
        // Terms and their per-column counts.
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var columnTerms = new List<Dictionary<int, int>>(columns.Count);
        foreach (var column in columns)
        {
            var counts = new Dictionary<int, int>();
            foreach (var (language, text) in column.Texts)
                analysis.Analyze(language, text, (term, _, _, _) =>
                {
                    var key = CrossLingualLsi.Key(language, term);
                    if (!termIds.TryGetValue(key, out var id)) termIds[key] = id = termIds.Count;
                    counts[id] = counts.GetValueOrDefault(id) + 1;
                });
            columnTerms.Add(counts);
        }
        var df = new int[termIds.Count];
        foreach (var counts in columnTerms) foreach (var id in counts.Keys) df[id]++;

        // Keep terms seen in at least minDocFreq columns; number them in sorted order for determinism.
        var kept = termIds.Where(p => df[p.Value] >= minDocFreq).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var newId = new Dictionary<string, int>(kept.Count, StringComparer.Ordinal);
        for (int i = 0; i < kept.Count; i++) newId[kept[i]] = i;
        var remap = new int[termIds.Count];
        Array.Fill(remap, -1);
        foreach (var (key, old) in termIds) if (newId.TryGetValue(key, out var id)) remap[old] = id;

        int n = columns.Count, m = kept.Count;
        var idf = new float[m];
        foreach (var (key, old) in termIds) if (remap[old] >= 0) idf[remap[old]] = MathF.Log((float)n / df[old]) + 1;

        var sparse = new (int[] Terms, float[] Weights)[n];
        for (int c = 0; c < n; c++)
        {
            var entries = columnTerms[c].Where(p => remap[p.Key] >= 0).Select(p => (Id: remap[p.Key], W: (1 + MathF.Log(p.Value)) * idf[remap[p.Key]])).OrderBy(e => e.Id).ToArray();
            sparse[c] = (entries.Select(e => e.Id).ToArray(), entries.Select(e => e.W).ToArray());
        }

        // Far fewer dimensions than columns: the truncation is what merges co-occurring words (and their
        // translations); near full rank each clause would keep a direction of its own.
        int k = Math.Max(1, Math.Min(dimensions, Math.Min(n / 4, m - 1)));
        int l = Math.Min(Math.Min(n, m), k + 10);
        var vectors = m == 0 || n < 2 ? new float[m * k] : TruncatedSvd(sparse, m, n, k, l, seed);

        return new CrossLingualLsi
        {
            Id = ModelId(columns, dimensions, seed, minDocFreq),
            Dimensions = k,
            Terms = newId,
            Idf = idf,
            TermVectors = vectors,
        };
    }

    /// <summary>The first k left singular vectors of the m × n matrix, as m rows of k floats.</summary>
    static float[] TruncatedSvd((int[] Terms, float[] Weights)[] columns, int m, int n, int k, int l, int seed)
    {
        var random = new Random(seed);
        var omega = new double[n * l];
        for (int i = 0; i < omega.Length; i++) omega[i] = Gaussian(random);

        var y = MultiplyA(columns, omega, m, l);          // m × l
        for (int iteration = 0; iteration < 2; iteration++)
        {
            Orthonormalize(y, m, l);
            var z = MultiplyAT(columns, y, n, l);          // n × l
            Orthonormalize(z, n, l);
            y = MultiplyA(columns, z, m, l);
        }
        Orthonormalize(y, m, l);                           // Q, m × l
        var b = MultiplyAT(columns, y, n, l);              // Bᵀ = Aᵀ Q, n × l
        var bbt = new double[l * l];                       // B Bᵀ, l × l
        for (int c = 0; c < n; c++)
            for (int i = 0; i < l; i++)
            {
                double bi = b[c * l + i];
                if (bi == 0) continue;
                for (int j = 0; j < l; j++) bbt[i * l + j] += bi * b[c * l + j];
            }
        var (values, eigenvectors) = SymmetricEigen(bbt, l);
        var order = Enumerable.Range(0, l).OrderByDescending(i => values[i]).Take(k).ToArray();

        // U = Q W: term vectors in the k strongest directions, each column's sign fixed for determinism.
        var u = new float[m * k];
        for (int j = 0; j < k; j++)
        {
            int e = order[j];
            double sign = 0;
            for (int t = 0; t < m; t++)
            {
                double value = 0;
                for (int i = 0; i < l; i++) value += y[t * l + i] * eigenvectors[i * l + e];
                u[t * k + j] = (float)value;
                if (sign == 0 && Math.Abs(value) > 1e-9) sign = Math.Sign(value);
            }
            if (sign < 0) for (int t = 0; t < m; t++) u[t * k + j] = -u[t * k + j];
        }
        return u;
    }

    static double[] MultiplyA((int[] Terms, float[] Weights)[] columns, double[] x, int m, int l)
    {
        var result = new double[m * l];
        for (int c = 0; c < columns.Length; c++)
        {
            var (terms, weights) = columns[c];
            for (int e = 0; e < terms.Length; e++)
            {
                int row = terms[e] * l;
                double w = weights[e];
                for (int j = 0; j < l; j++) result[row + j] += w * x[c * l + j];
            }
        }
        return result;
    }

    static double[] MultiplyAT((int[] Terms, float[] Weights)[] columns, double[] y, int n, int l)
    {
        var result = new double[n * l];
        for (int c = 0; c < columns.Length; c++)
        {
            var (terms, weights) = columns[c];
            for (int e = 0; e < terms.Length; e++)
            {
                int row = terms[e] * l;
                double w = weights[e];
                for (int j = 0; j < l; j++) result[c * l + j] += w * y[row + j];
            }
        }
        return result;
    }

    /// <summary>Modified Gram-Schmidt on the l columns of a rows × l matrix stored row by row.</summary>
    static void Orthonormalize(double[] a, int rows, int l)
    {
        for (int j = 0; j < l; j++)
        {
            for (int p = 0; p < j; p++)
            {
                double dot = 0;
                for (int r = 0; r < rows; r++) dot += a[r * l + j] * a[r * l + p];
                for (int r = 0; r < rows; r++) a[r * l + j] -= dot * a[r * l + p];
            }
            double norm = 0;
            for (int r = 0; r < rows; r++) norm += a[r * l + j] * a[r * l + j];
            norm = Math.Sqrt(norm);
            for (int r = 0; r < rows; r++) a[r * l + j] = norm > 1e-12 ? a[r * l + j] / norm : 0;
        }
    }

    /// <summary>Cyclic Jacobi rotations: eigenvalues and eigenvectors (as columns) of a small symmetric matrix.</summary>
    static (double[] Values, double[] Vectors) SymmetricEigen(double[] matrix, int n)
    {
        var a = (double[])matrix.Clone();
        var v = new double[n * n];
        for (int i = 0; i < n; i++) v[i * n + i] = 1;
        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) off += a[i * n + j] * a[i * n + j];
            if (off < 1e-22) break;
            for (int p = 0; p < n; p++)
                for (int q = p + 1; q < n; q++)
                {
                    double apq = a[p * n + q];
                    if (Math.Abs(apq) < 1e-300) continue;
                    double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
                    double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.Sqrt(t * t + 1), s = t * c;
                    for (int r = 0; r < n; r++)
                    {
                        double arp = a[r * n + p], arq = a[r * n + q];
                        a[r * n + p] = c * arp - s * arq;
                        a[r * n + q] = s * arp + c * arq;
                    }
                    for (int r = 0; r < n; r++)
                    {
                        double apr = a[p * n + r], aqr = a[q * n + r];
                        a[p * n + r] = c * apr - s * aqr;
                        a[q * n + r] = s * apr + c * aqr;
                    }
                    for (int r = 0; r < n; r++)
                    {
                        double vrp = v[r * n + p], vrq = v[r * n + q];
                        v[r * n + p] = c * vrp - s * vrq;
                        v[r * n + q] = s * vrp + c * vrq;
                    }
                }
        }
        var values = new double[n];
        for (int i = 0; i < n; i++) values[i] = a[i * n + i];
        return (values, v);
    }

    static double Gaussian(Random random)
    {
        double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
