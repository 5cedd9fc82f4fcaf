namespace Search.Index.Semantics;

/// <summary>Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): score = Σ 1 / (k + rank).</summary>
public static class RankFusion
{
    public const int K = 60;

    public static List<(T Item, double Score)> Fuse<T>(params IReadOnlyList<T>[] rankings) where T : notnull
    {
        var scores = new Dictionary<T, double>();
        foreach (var ranking in rankings)
            for (int rank = 0; rank < ranking.Count; rank++)
                scores[ranking[rank]] = scores.GetValueOrDefault(ranking[rank]) + 1.0 / (K + rank + 1);
        return scores.Select(p => (p.Key, p.Value)).OrderByDescending(p => p.Value).ToList();
    }
}
