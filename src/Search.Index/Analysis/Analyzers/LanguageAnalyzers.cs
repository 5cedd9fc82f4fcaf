using Search.Index.Analysis.Filters;
using Search.Index.Analysis.Stemming;

namespace Search.Index.Analysis.Analyzers;

/// <summary>The three analysis chains. Each is a tokenizer and a few filters, in Lucene's manner.</summary>
public static class LanguageAnalyzers
{
    public static readonly Analyzer English = new("en",
        LowerCaseFilter.Instance, EnglishPossessiveFilter.Instance, new StopWordFilter(StopWords.English), new StemFilter(new EnglishStemmer()));

    public static readonly Analyzer French = new("fr",
        LowerCaseFilter.Instance, FrenchElisionFilter.Instance, new StopWordFilter(StopWords.French), new StemFilter(new FrenchStemmer()));

    public static readonly Analyzer Russian = new("ru",
        LowerCaseFilter.Instance, RussianYoFilter.Instance, new StopWordFilter(StopWords.Russian), new StemFilter(new RussianStemmer()));

    /// <summary>The analyzer of a language; English for a language that has none of its own.</summary>
    public static Analyzer For(string language) => language switch
    {
        "fr" => French,
        "ru" => Russian,
        _ => English,
    };
}
