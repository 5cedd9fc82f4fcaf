using Search.Index.Indexing;

namespace Search.Index.Analysis;

/// <summary>The analysis the index and the queries use: one chain per language.</summary>
public sealed class UnAnalysis : ITermSource
{
    public static readonly UnAnalysis Instance = new();

    public IReadOnlyList<string> Languages { get; } = ["en", "fr", "ru"];

    public void Analyze(string language, string text, TermCallback callback)
    {
        int position = 0, i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            callback(text[start..i].ToLowerInvariant(), position++, start, i);
        }
    }
}
