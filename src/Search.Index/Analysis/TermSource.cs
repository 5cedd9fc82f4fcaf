namespace Search.Index.Analysis;

/// <summary>Receives the terms of a text in order: term, position (stop words leave gaps), character offsets.</summary>
public delegate void TermCallback(string term, int position, int start, int end);

/// <summary>The analysis the index and the queries share: one chain per language, the same at index and query time.</summary>
public interface ITermSource
{
    IReadOnlyList<string> Languages { get; }
    void Analyze(string language, ReadOnlySpan<char> text, TermCallback callback);
}
