namespace Search.Index.Analysis.Stemming;

/// <summary>Reduces a lower-cased word to its stem. Implementations are stateless and thread-safe.</summary>
public interface IStemmer
{
    string Stem(string word);
}
