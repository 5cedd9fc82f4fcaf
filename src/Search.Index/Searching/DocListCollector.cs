using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Index.Searching;

/// <summary>Gathers the matching document numbers, unscored.</summary>
internal sealed class DocListCollector(List<int> docs) : ICollector
{
    int _base;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

    public void Collect(int doc) => docs.Add(_base + doc);
}
