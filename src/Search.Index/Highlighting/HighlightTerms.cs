namespace Search.Index.Highlighting;

/// <summary>What to mark in a language's paragraphs: single terms and phrases (terms with their relative positions).</summary>
public sealed class HighlightTerms
{
    public HashSet<string> Terms { get; } = new(StringComparer.Ordinal);
    public List<(string[] Terms, int[] Offsets, int Slop)> Phrases { get; } = [];
    public bool IsEmpty => Terms.Count == 0 && Phrases.Count == 0;
}
