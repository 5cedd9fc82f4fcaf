
namespace Search.Index.Analysis;

/// <summary>A tokenizer and a chain of filters: the whole analysis of one language, the same at index and query time.</summary>
public sealed class Analyzer(string language, params ITokenFilter[] filters)
{
    public string Language { get; } = language;

    public void Analyze(ReadOnlySpan<char> text, TermCallback callback)
    {
        var token = new TokenState();
        int position = -1;
        var tokenizer = new Tokenization.UnTokenizer(text);
        while (tokenizer.Next(out int start, out int end))
        {
            position++;
            if (end - start > TokenState.MaxLength) continue; // a run this long is not a word
            token.Reset(text.Slice(start, end - start), start, end);
            bool kept = true;
            foreach (var filter in filters)
            {
                if (!filter.Apply(token)) { kept = false; break; }
            }
            if (!kept || token.Length == 0) continue;
            callback(token.Term ?? new string(token.Chars), position, token.Start, token.End);
        }
    }

    /// <summary>The terms alone, for tests and tools.</summary>
    public List<string> Terms(string text)
    {
        var terms = new List<string>();
        Analyze(text, (term, _, _, _) => terms.Add(term));
        return terms;
    }
}
