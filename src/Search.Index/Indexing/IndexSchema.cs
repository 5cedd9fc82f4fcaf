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
    public const string Version = "4";

    /// <summary>symbol + '|' + language: what a re-ingested version is deleted by.</summary>
    public const string ResolutionVersion = "version";
    public const string Symbol = "symbol";
    public const string Language = "lang";
    public const string Key = "key";
    public const string Session = "session";
    public const string Year = "year";
    public const string Date = "date";
    public const string Type = "type";
    public const string Number = "number";
    /// <summary>Lower-cased lead verb: the facet value.</summary>
    public const string Verb = "verb";

    public static string TextField(string language) => "text_" + language;

    public static string VersionKey(string symbol, string language) => symbol + "|" + language;

    /// <summary>Each language's text field analysed by its own chain; any other field is not analysed.</summary>
    public static Lucene.Net.Analysis.Analyzer Analyzer(ITermSource analysis) => new PerFieldAnalyzerWrapper(
        LanguageAnalyzers.English,
        analysis.Languages.ToDictionary(TextField, l => (Lucene.Net.Analysis.Analyzer)LanguageAnalyzers.For(l)));

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
}
