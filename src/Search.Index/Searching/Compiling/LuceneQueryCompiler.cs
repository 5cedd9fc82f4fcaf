using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Index.Analysis;
using Search.Index.Indexing;
using Search.Index.Querying.Model;
using LuceneBoolean = Lucene.Net.Search.BooleanQuery;
using LuceneOccur = Lucene.Net.Search.Occur;
using LucenePhrase = Lucene.Net.Search.PhraseQuery;
using Search.Index.Highlighting;

namespace Search.Index.Searching.Compiling;

/// <summary>
/// Turns a parsed query into a Lucene query over one language's field: each word and phrase is analysed by that
/// language's chain, so the same query finds "ratified" in English and "ratifié" in French by their own stems.
/// A part that analysis removes entirely (a stop word) constrains nothing and is left out. What to mark in the
/// results is gathered on the way.
/// </summary>
public sealed class LuceneQueryCompiler(IndexReader reader, ITermSource analysis, string language)
{
    public const int MaxPrefixExpansions = 512;
    readonly string _field = IndexSchema.TextField(language);

    public HighlightTerms Highlights { get; } = new();

    /// <summary>The query, or null when it constrains nothing in this language.</summary>
    public Query? Compile(QueryNode node) => node switch
    {
        MatchAllQuery => new ConstantScoreQuery(new TermQuery(new Term(IndexSchema.Language, language))) { Boost = 0 },
        WordQuery w => Text(w.Text, 0),
        Querying.Model.PhraseQuery p => Text(p.Text, p.Slop),
        Querying.Model.PrefixQuery p => Prefix(p.Prefix),
        Querying.Model.BooleanQuery b => Boolean(b),
        _ => null,
    };

    /// <summary>Matches nothing, yet counts as a constraint (a word that is not in the index).</summary>
    static Query Nothing() => new LuceneBoolean();

    Query? Text(string text, int slop)
    {
        var terms = new List<string>();
        var positions = new List<int>();
        analysis.Analyze(language, text, (term, position, _, _) => { terms.Add(term); positions.Add(position); });
        if (terms.Count == 0) return null;
        if (terms.Count == 1)
        {
            Highlights.Terms.Add(terms[0]);
            return new TermQuery(new Term(_field, terms[0]));
        }
        var offsets = positions.Select(p => p - positions[0]).ToArray();
        Highlights.Phrases.Add((terms.ToArray(), offsets, slop));
        var phrase = new LucenePhrase { Slop = slop };
        for (int i = 0; i < terms.Count; i++) phrase.Add(new Term(_field, terms[i]), offsets[i]);
        return phrase;
    }

    /// <summary>The first <see cref="MaxPrefixExpansions"/> terms with the prefix, in term order, each scored as a word.</summary>
    Query Prefix(string prefix)
    {
        var folded = prefix.ToLowerInvariant().Replace('ё', 'е');
        var expansions = new List<string>();
        var terms = MultiFields.GetTerms(reader, _field);
        if (terms is not null)
        {
            var start = new BytesRef(folded);
            var e = terms.GetEnumerator();
            if (e.SeekCeil(start) != TermsEnum.SeekStatus.END)
            {
                do
                {
                    if (!StringHelper.StartsWith(e.Term, start)) break;
                    expansions.Add(e.Term.Utf8ToString());
                } while (expansions.Count < MaxPrefixExpansions && e.MoveNext());
            }
        }
        if (expansions.Count == 0) return Nothing();
        foreach (var term in expansions) Highlights.Terms.Add(term);
        if (expansions.Count == 1) return new TermQuery(new Term(_field, expansions[0]));
        var any = new LuceneBoolean();
        foreach (var term in expansions) any.Add(new TermQuery(new Term(_field, term)), LuceneOccur.SHOULD);
        return any;
    }

    Query? Boolean(Querying.Model.BooleanQuery query)
    {
        var must = new List<Query>();
        var should = new List<Query>();
        var mustNot = new List<Query>();
        foreach (var clause in query.Clauses)
        {
            // Excluded words are not marked in results.
            var compiled = clause.Occur == Querying.Model.Occur.MustNot ? new LuceneQueryCompiler(reader, analysis, language).Compile(clause.Query) : Compile(clause.Query);
            if (compiled is null) continue;
            (clause.Occur switch { Querying.Model.Occur.Must => must, Querying.Model.Occur.Should => should, _ => mustNot }).Add(compiled);
        }
        if (must.Count == 0 && should.Count == 0) return mustNot.Count > 0 ? Nothing() : null;
        if (must.Count + should.Count == 1 && mustNot.Count == 0) return must.Count == 1 ? must[0] : should[0];
        var combined = new LuceneBoolean();
        foreach (var q in must) combined.Add(q, LuceneOccur.MUST);
        foreach (var q in should) combined.Add(q, LuceneOccur.SHOULD);
        foreach (var q in mustNot) combined.Add(q, LuceneOccur.MUST_NOT);
        return combined;
    }
}
