using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Index.Indexing.Columns;
using Search.Index.Scoring;

namespace Search.Index.Indexing;

/// <summary>
/// A point-in-time searcher with its reader's columns, made when the reader is opened (not by the first query
/// on it), so that a refresh costs the query nothing.
/// </summary>
public sealed class ColumnSearcher : IndexSearcher
{
    public ColumnSearcher(IndexReader reader, ColumnDictionaries dictionaries, long generation) : base(reader)
    {
        Similarity = LanguageFieldSimilarity.Instance;
        Columns = ReaderColumns.Build(reader, dictionaries);
        Generation = generation;
    }

    public ReaderColumns Columns { get; }

    /// <summary>The store generation this reader reflects.</summary>
    public long Generation { get; }

    internal sealed class Factory(ColumnDictionaries dictionaries, Func<IndexReader, long> generationOf) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new ColumnSearcher(reader, dictionaries, generationOf(reader));
    }
}
