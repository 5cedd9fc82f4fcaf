namespace Search.Index.Analysis.Analyzers;

/// <summary>Receives the terms of a text in order: term, position (stop words leave gaps), character offsets.</summary>
public delegate void TermCallback(string term, int position, int start, int end);
