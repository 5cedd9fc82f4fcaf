using Search.Index.Analysis;
using Search.Index.Indexing;
using Search.Index.Querying.Model;
using Search.Index.Scoring;
using Search.Index.Searching.Matching;

namespace Search.Index.Searching;

/// <summary>
/// Turns a parsed query into a matcher over one language's field: each word and phrase is analysed by that
/// language's chain, so the same query finds "ratified" in English and "ratifié" in French by their own stems.
/// A part that analysis removes entirely (a stop word) constrains nothing and is left out.
/// </summary>
public sealed class QueryCompiler(IndexSnapshot snapshot, ITermSource analysis, string language)
{
    public const int MaxPrefixExpansions = 512;
    readonly FieldIndex? _field = snapshot.Fields.GetValueOrDefault(language);

    public HighlightTerms Highlights { get; } = new();

    /// <summary>The matcher, or null when the query constrains nothing in this language.</summary>
    public DocMatcher? Compile(QueryNode node)
    {
        if (_field is null) return new EmptyMatcher();
        return node switch
        {
            MatchAllQuery => new AllDocsMatcher(snapshot.Documents.LanguageIds, LanguageId()),
            WordQuery w => Text(w.Text, 0),
            PhraseQuery p => Text(p.Text, p.Slop),
            PrefixQuery p => Prefix(p.Prefix),
            BooleanQuery b => Boolean(b),
            _ => null,
        };
    }

    byte LanguageId() => (byte)Array.IndexOf(snapshot.Documents.Languages, language);

    DocMatcher? Text(string text, int slop)
    {
        var terms = new List<string>();
        var positions = new List<int>();
        analysis.Analyze(language, text, (term, position, _, _) => { terms.Add(term); positions.Add(position); });
        if (terms.Count == 0) return null;
        if (terms.Count == 1)
        {
            Highlights.Terms.Add(terms[0]);
            return Term(terms[0]) ?? (DocMatcher)new EmptyMatcher();
        }
        var offsets = positions.Select(p => p - positions[0]).ToArray();
        Highlights.Phrases.Add((terms.ToArray(), offsets, slop));
        var matchers = new TermMatcher[terms.Count];
        for (int i = 0; i < terms.Count; i++)
        {
            var m = Term(terms[i]);
            if (m is null) return new EmptyMatcher();
            matchers[i] = m;
        }
        return new PhraseMatcher(matchers, offsets, slop, _field!.Positions, snapshot.Documents.Lengths, _field.AverageLength);
    }

    TermMatcher? Term(string term)
    {
        var postings = _field!.Get(term);
        if (postings is null) return null;
        return new TermMatcher(postings, Bm25.Idf(postings.Count, _field.DocCount), snapshot.Documents.Lengths, _field.AverageLength);
    }

    DocMatcher? Prefix(string prefix)
    {
        var folded = prefix.ToLowerInvariant().Replace('ё', 'е');
        var matchers = new List<DocMatcher>();
        foreach (var term in _field!.WithPrefix(folded, MaxPrefixExpansions))
        {
            Highlights.Terms.Add(term);
            matchers.Add(Term(term)!);
        }
        return matchers.Count switch
        {
            0 => new EmptyMatcher(),
            1 => matchers[0],
            _ => new DisjunctionMatcher(matchers),
        };
    }

    DocMatcher? Boolean(BooleanQuery query)
    {
        var must = new List<DocMatcher>();
        var should = new List<DocMatcher>();
        var mustNot = new List<DocMatcher>();
        foreach (var clause in query.Clauses)
        {
            // Excluded words are not marked in results.
            var matcher = clause.Occur == Occur.MustNot ? new QueryCompiler(snapshot, analysis, language).Compile(clause.Query) : Compile(clause.Query);
            if (matcher is null) continue;
            (clause.Occur switch { Occur.Must => must, Occur.Should => should, _ => mustNot }).Add(matcher);
        }
        DocMatcher? result = must.Count switch
        {
            0 => should.Count switch { 0 => null, 1 => should[0], _ => new DisjunctionMatcher(should) },
            1 => must[0],
            _ => new ConjunctionMatcher(must),
        };
        if (result is null) return mustNot.Count > 0 ? new EmptyMatcher() : null;
        if (must.Count > 0 && should.Count > 0)
            result = new RequiredOptionalMatcher(result, should.Count == 1 ? should[0] : new DisjunctionMatcher(should));
        if (mustNot.Count > 0)
            result = new ExclusionMatcher(result, mustNot.Count == 1 ? mustNot[0] : new DisjunctionMatcher(mustNot));
        return result;
    }
}
