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

    public static readonly LanguageAnalyzer English = Chain("en", remembered: true);
    public static readonly LanguageAnalyzer French = Chain("fr", remembered: true);
    public static readonly LanguageAnalyzer Russian = Chain("ru", remembered: true);

    static LanguageAnalyzer Chain(string language, bool remembered)
    {
        var (stopWords, stemmer, languageFilter) = language switch
        {
            "fr" => (StopWords.French, (IStemmer)new FrenchStemmer(), (Func<Lucene.Net.Analysis.TokenStream, Lucene.Net.Analysis.TokenStream>)(s => new FrenchElisionFilter(s))),
            "ru" => (StopWords.Russian, new RussianStemmer(), s => new RussianYoFilter(s)),
            _ => (StopWords.English, new EnglishStemmer(), s => new EnglishPossessiveFilter(s)),
        };
        var stops = new CharArraySet(Version, stopWords, ignoreCase: false);
        var stems = new StemCache(stemmer);
        return new LanguageAnalyzer(language, tokens =>
            new SnowballStemFilter(new StopFilter(Version, languageFilter(new LowerCaseFilter(Version, tokens)), stops), stems),
            remembered ? new RememberedWords() : null);
    }

    /// <summary>The analyzer of a language; English for a language that has none of its own.</summary>
    public static LanguageAnalyzer For(string language) => language switch
    {
        "fr" => French,
        "ru" => Russian,
        _ => English,
    };

    /// <summary>
    /// A new analyzer of the language, with nothing remembered yet; without <paramref name="rememberWords"/> every
    /// word runs through the filters, which is what the remembering one must equal.
    /// </summary>
    public static LanguageAnalyzer Create(string language, bool rememberWords) => Chain(language is "fr" or "ru" ? language : "en", rememberWords);
}
