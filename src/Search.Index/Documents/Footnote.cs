namespace Search.Index.Documents;

public sealed record Footnote(string Marker, string Text);
