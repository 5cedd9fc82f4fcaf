using Search.Index.Analysis.Analyzers;

namespace Search.Index.Analysis;

/// <summary>The analysis the index and the queries share: one chain per language, the same at index and query time.</summary>
public interface ITermSource
{
    IReadOnlyList<string> Languages { get; }
    void Analyze(string language, ReadOnlySpan<char> text, TermCallback callback);
}
