using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Index.Analysis.Tokenization;

namespace Search.Index.Analysis.Analyzers;

/// <summary>
/// One language's analysis as a Lucene <see cref="Analyzer"/>: <see cref="UnWordTokenizer"/> and a chain of
/// filters. The index uses it through Lucene; highlighting, queries and the semantic model read the same chain
/// through <see cref="Analyze"/>. With <paramref name="remembered"/>, the filters' answer for each word is
/// remembered (<see cref="RememberingFilter"/>); without, every word runs through them.
/// </summary>
public sealed class LanguageAnalyzer(string language, Func<TokenStream, TokenStream> filters, RememberedWords? remembered = null, bool indexing = false) : Analyzer
{
    LanguageAnalyzer? _indexing;

    /// <summary>
    /// The same analysis for the index writer: the same filters, remembering into the same words, with the larger
    /// table of recent words (<see cref="RecentWords"/>) that a chain analysing a million paragraphs needs and a
    /// query thread does not.
    /// </summary>
    public LanguageAnalyzer Indexing => indexing ? this
        : LazyInitializer.EnsureInitialized(ref _indexing, () => new LanguageAnalyzer(Language, filters, remembered, indexing: true));

    // Terms repeat: one string a distinct term, found again by its characters (bounded).
    const int TermPoolCapacity = 400_000;
    readonly ConcurrentDictionary<string, string> _terms = new(StringComparer.Ordinal);

    public string Language { get; } = language;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new UnWordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, remembered is null ? filters(tokenizer) : new RememberingFilter(tokenizer, remembered, filters, indexing));
    }

    /// <summary>Each term with its position (stop words leave gaps) and its character offsets in <paramref name="text"/>.</summary>
    public void Analyze(ReadOnlySpan<char> text, TermCallback callback)
    {
        using var stream = GetTokenStream("", new StringReader(new string(text)));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        int position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            callback(Pooled(term.Buffer.AsSpan(0, term.Length)), position, offset.StartOffset, offset.EndOffset);
        }
        stream.End();
    }

    /// <summary>The terms alone, for tests and tools.</summary>
    public List<string> Terms(string text)
    {
        var terms = new List<string>();
        Analyze(text, (term, _, _, _) => terms.Add(term));
        return terms;
    }

    string Pooled(ReadOnlySpan<char> chars)
    {
        var lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars, out var pooled)) return pooled;
        var term = new string(chars);
        if (_terms.Count < TermPoolCapacity) _terms.TryAdd(term, term);
        return term;
    }
}
