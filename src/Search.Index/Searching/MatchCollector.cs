using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Index.Indexing.Columns;
using Search.Index.Paragraphs;

namespace Search.Index.Searching;

/// <summary>
/// Receives every match of the text query from Lucene: marks it for the total and the facets, and offers it to
/// the top k when it passes the filters (the language filter applies to what is shown, later, so a clause can be
/// found through its original in another language). Only such a match is scored.
/// </summary>
internal sealed class MatchCollector(ReaderColumns columns, FilterMask mask, BestDocs top, SortOrder sort, ulong[] matched) : ICollector
{
    Scorer? _scorer;
    int _base;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

    public void Collect(int doc)
    {
        int d = _base + doc;
        matched[d >> 6] |= 1UL << d;
        if ((mask.Failures(d) & ~FilterMask.Language) != 0) return;
        switch (sort)
        {
            case SortOrder.Relevance: top.Offer(d, _scorer!.GetScore()); break;
            case SortOrder.Newest: top.Offer(d, columns.Dates[d]); break;
            case SortOrder.Oldest: top.Offer(d, -columns.Dates[d]); break;
        }
    }
}
