using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Search.Index.Scoring;

/// <summary>
/// BM25 (k1 1.2, b 0.75) with each language's field as its own collection. Lucene 4.8 takes N and the average
/// length over every document of the index, so English scores would depend on how much French and Russian is
/// held; here N is the number of documents that have the field, and the average length is over those.
/// </summary>
public sealed class LanguageFieldSimilarity() : BM25Similarity(1.2f, 0.75f)
{
    public static readonly LanguageFieldSimilarity Instance = new();

    static long Documents(CollectionStatistics stats) => stats.DocCount > 0 ? stats.DocCount : stats.MaxDoc;

    protected override float AvgFieldLength(CollectionStatistics collectionStats)
    {
        long total = collectionStats.SumTotalTermFreq;
        return total <= 0 ? 1f : (float)(total / (double)Documents(collectionStats));
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats)
    {
        long n = Documents(collectionStats);
        return new Explanation(Idf(termStats.DocFreq, n), $"idf(docFreq={termStats.DocFreq}, docCount={n})");
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        long n = Documents(collectionStats);
        var explanation = new Explanation { Description = "idf(), sum of:" };
        float idf = 0;
        foreach (var stat in termStats)
        {
            float value = Idf(stat.DocFreq, n);
            explanation.AddDetail(new Explanation(value, $"idf(docFreq={stat.DocFreq}, docCount={n})"));
            idf += value;
        }
        explanation.Value = idf;
        return explanation;
    }
}
