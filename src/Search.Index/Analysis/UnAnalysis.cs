using Search.Index.Analysis.Analyzers;
using Search.Index.Documents;

namespace Search.Index.Analysis;

/// <summary>The analysis the index and the queries use: the English, French and Russian chains.</summary>
public sealed class UnAnalysis : ITermSource
{
    public static readonly UnAnalysis Instance = new();

    public IReadOnlyList<string> Languages => SupportedLanguages.All;

    public void Analyze(string language, ReadOnlySpan<char> text, TermCallback callback) => LanguageAnalyzers.For(language).Analyze(text, callback);
}
