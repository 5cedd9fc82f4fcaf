using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Search.Index.Analysis;
using Search.Index.Analysis.Analyzers;

namespace Search.Index.Indexing;

/// <summary>
/// The Lucene index's fields. One Lucene document a paragraph: its text in its language's field (analysed by
/// that language's chain, with positions), and the metadata as doc values for filters, facets, sorting and
/// alignment. Nothing is stored: a page's few paragraphs are read from the store, which holds the text anyway;
/// stored text would double the index (its text is larger than its postings). Character offsets are not kept in
/// the postings either: the highlighter analyses the paragraphs it shows again, which takes microseconds, while
/// offsets for every position would add about a third to the index.
/// </summary>
public static class IndexSchema
{
    /// <summary>Changes whenever the fields or the analysis change: an index of another version is rebuilt.</summary>
    public const string Version = "6";

    public const string Symbol = "symbol";
    public const string Language = "lang";
    public const string Key = "key";
    /// <summary>Session, year, adoption date and clause type in one number (<see cref="Columns.PackedNumbers"/>): one doc-values field instead of four, since Lucene's writer pays for every doc-values field of every document (it estimates its memory again at each value); kept as a sorted value's eight bytes.</summary>
    public const string Numbers = "numbers";
    /// <summary>Lower-cased lead verb: the facet value.</summary>
    public const string Verb = "verb";

    /// <summary>What a re-ingested version is deleted by: its symbol and its language (both indexed as terms).</summary>
    public static Lucene.Net.Search.Query VersionQuery(string symbol, string language) => new Lucene.Net.Search.BooleanQuery
    {
        { new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(Symbol, symbol)), Lucene.Net.Search.Occur.MUST },
        { new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(Language, language)), Lucene.Net.Search.Occur.MUST },
    };

    public static string TextField(string language) => "text_" + language;

    /// <summary>Each language's text field analysed by its own chain; any other field is not analysed.</summary>
    public static Lucene.Net.Analysis.Analyzer Analyzer(ITermSource analysis) => new PerFieldAnalyzerWrapper(
        LanguageAnalyzers.English.Indexing,
        analysis.Languages.ToDictionary(TextField, l => (Lucene.Net.Analysis.Analyzer)LanguageAnalyzers.For(l).Indexing));

    public static readonly Lucene.Net.Documents.FieldType TextType = MakeTextType();

    static Lucene.Net.Documents.FieldType MakeTextType()
    {
        var type = new Lucene.Net.Documents.FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = false,
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
        };
        type.Freeze();
        return type;
    }

    /// <summary>
    /// The paragraph id of every live document, read from its doc values (the index stores no fields): what the
    /// index holds, to compare with the store after a crash.
    /// </summary>
    public static IEnumerable<string> LiveParagraphIds(IndexReader reader)
    {
        var live = MultiFields.GetLiveDocs(reader);
        var symbols = MultiDocValues.GetSortedValues(reader, Symbol);
        var languages = MultiDocValues.GetSortedValues(reader, Language);
        var keys = MultiDocValues.GetSortedValues(reader, Key);
        var bytes = new Lucene.Net.Util.BytesRef();
        string Value(SortedDocValues values, int doc)
        {
            values.Get(doc, bytes);
            return bytes.Utf8ToString();
        }
        for (int doc = 0; doc < reader.MaxDoc; doc++)
            if (live is null || live.Get(doc))
                yield return Documents.Paragraph.IdOf(Value(symbols, doc), Value(languages, doc), Value(keys, doc));
    }
}
