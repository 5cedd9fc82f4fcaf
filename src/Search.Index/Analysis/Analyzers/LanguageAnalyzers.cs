using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Search.Index.Analysis.Filters;
using Search.Index.Analysis.Stemming;

namespace Search.Index.Analysis.Analyzers;

/// <summary>
/// The three analysis chains, each a tokenizer and a few filters in Lucene's manner. Lower-casing and stop words
/// are Lucene's own filters, which behave exactly as ours did (a removed stop word leaves a position gap);
/// elision, the possessive and ё keep their offsets exact, and the stemmers are ours.
/// </summary>
public static class LanguageAnalyzers
{
    static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static readonly LanguageAnalyzer English = Chain("en", StopWords.English, new EnglishStemmer(), s => new EnglishPossessiveFilter(s));
    public static readonly LanguageAnalyzer French = Chain("fr", StopWords.French, new FrenchStemmer(), s => new FrenchElisionFilter(s));
    public static readonly LanguageAnalyzer Russian = Chain("ru", StopWords.Russian, new RussianStemmer(), s => new RussianYoFilter(s));

    static LanguageAnalyzer Chain(string language, string[] stopWords, IStemmer stemmer, Func<Lucene.Net.Analysis.TokenStream, Lucene.Net.Analysis.TokenStream> languageFilter)
    {
        var stops = new CharArraySet(Version, stopWords, ignoreCase: false);
        var stems = new StemCache(stemmer);
        return new LanguageAnalyzer(language, tokens =>
            new SnowballStemFilter(new StopFilter(Version, languageFilter(new LowerCaseFilter(Version, tokens)), stops), stems));
    }

    /// <summary>The analyzer of a language; English for a language that has none of its own.</summary>
    public static LanguageAnalyzer For(string language) => language switch
    {
        "fr" => French,
        "ru" => Russian,
        _ => English,
    };
}
