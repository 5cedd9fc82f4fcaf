using Search.Index.Analysis;
using Search.Index.Ingestion;
using Search.Index.Querying.Model;
using Search.Index.Searching;
using Search.Index.Storage;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Searching;

/// <summary>
/// The total and the facets of a word query, with the translations its matches bring and random filters, checked
/// against a count made document by document: which paragraphs hold the word's term (from their analysed text),
/// the clauses aligned with them, and each filter tested on each paragraph. The engine counts by facet group and
/// tests the filters once a group; this is the count it must equal.
/// </summary>
public class FacetAgreementTests
{
    [Fact]
    public void Facets_of_words_and_their_translations_agree_with_counting_every_paragraph()
    {
        var paths = new List<string> { TestPaths.Corpus };
        if (TestPaths.Shared is { } shared) paths.Add(Path.Combine(shared, "corpus-ext", "udhr_a_res_217A_III.en-fr-ru.jsonl"));
        using var store = ResolutionStore.Open(TestPaths.NewTempDirectory());
        new Ingestor(store).Ingest(paths);
        var analysis = UnAnalysis.Instance;
        using var engine = new SearchEngine(analysis) { ParagraphsPerBuildPart = 100 };
        engine.Rebuild(store);
        var snapshot = engine.Paragraphs;
        var searcher = engine.Index.Acquire();
        try
        {
            var docs = searcher.Columns;
            // Each document's terms, read from its paragraph's text in the snapshot (numbered apart from the index).
            var terms = new HashSet<string>[docs.Count];
            for (int d = 0; d < docs.Count; d++)
            {
                var id = Documents.Paragraph.IdOf(docs.Symbol(d), docs.Language(d), docs.Keys[docs.KeyIds[d]]);
                terms[d] = [];
                analysis.Analyze(docs.Language(d), snapshot.Documents.Text(snapshot.DocsById[id]), (term, _, _, _) => terms[d].Add(term));
            }

            var random = new Random(31);
            var words = Enumerable.Range(0, 2000).Select(_ => random.Next(docs.Count)).SelectMany(d => snapshot.Documents.Text(d).Split(' '))
                .Where(w => w.Length > 2 && w.All(char.IsLetter) && w.ToUpperInvariant() is not ("OR" or "AND" or "NOT"))
                .Where(w => analysis.Languages.All(l => Terms(analysis, l, w).Count <= 1))
                .Distinct().ToList();
            int withMatches = 0, withTranslations = 0;
            for (int q = 0; q < 300; q++)
            {
                var word = words[random.Next(words.Count)];
                var filters = FilterReference.Random(random, docs);
                var result = engine.Search(new SearchRequest { Query = word, Filters = filters });

                // Matches in document order; a clause aligned with a match and not matched itself is brought once,
                // by the first match that reaches it, and fails the verb filter if that match does.
                var termOf = analysis.Languages.ToDictionary(l => l, l => Terms(analysis, l, word).FirstOrDefault());
                var counted = new Dictionary<int, bool>(); // document -> brought by a match that fails the verb filter
                var matched = Enumerable.Range(0, docs.Count).Where(d => docs.IsLive(d) && termOf[docs.Language(d)] is { } t && terms[d].Contains(t)).ToHashSet();
                foreach (var d in matched.Order())
                {
                    counted[d] = false;
                    bool failsVerb = !FilterReference.Passes(docs, d, filters, only: "verb");
                    for (int t = docs.AlignedNext[d]; t != d; t = docs.AlignedNext[t])
                        if (!matched.Contains(t) && !counted.ContainsKey(t)) counted[t] = failsVerb;
                }
                withMatches += matched.Count > 0 ? 1 : 0;
                withTranslations += counted.Count > matched.Count ? 1 : 0;

                bool Counts(int d, string? except) => FilterReference.Passes(docs, d, filters, except) && (except == "verb" || !counted[d]);
                Assert.True(counted.Keys.Count(d => Counts(d, null)) == result.Total, $"total of [{word}]: expected {counted.Keys.Count(d => Counts(d, null))}, got {result.Total}");
                foreach (var (facet, value) in new (string, Func<int, string?>)[]
                {
                    ("language", d => docs.Language(d)),
                    ("session", d => docs.Sessions[d] == 0 ? null : docs.Sessions[d].ToString()),
                    ("year", d => docs.Years[d] == 0 ? null : docs.Years[d].ToString()),
                    ("type", d => Documents.ClauseTypeNames.ToName(docs.Type(d))),
                    ("verb", d => docs.Verbs[docs.VerbIds[d]] is { Length: > 0 } verb ? verb : null),
                })
                {
                    var expected = counted.Keys.Where(d => Counts(d, facet)).Select(value).OfType<string>()
                        .GroupBy(v => v).Select(g => (g.Key, Count: g.Count())).OrderByDescending(p => p.Count).ThenBy(p => p.Key, StringComparer.Ordinal)
                        .Take(facet == "verb" ? 30 : int.MaxValue).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
                    var actual = result.Facets[facet].Select(p => (p.Key, Count: p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
                    Assert.True(expected.SequenceEqual(actual), $"{facet} facet of [{word}] with {Describe(filters)}: expected {string.Join(", ", expected)}, got {string.Join(", ", actual)}");
                }
            }
            Assert.True(withMatches > 200 && withTranslations > 100, $"too few queries found anything ({withMatches}) or brought translations ({withTranslations})");
        }
        finally { engine.Index.Release(searcher); }
    }

    static List<string> Terms(ITermSource analysis, string language, string text)
    {
        var terms = new List<string>();
        analysis.Analyze(language, text, (term, _, _, _) => terms.Add(term));
        return terms;
    }

    static string Describe(SearchFilters f) =>
        $"languages [{string.Join(",", f.Languages)}] sessions [{string.Join(",", f.Sessions.Select(r => $"{r.From}-{r.To}"))}] years [{string.Join(",", f.Years.Select(r => $"{r.From}-{r.To}"))}] " +
        $"types [{string.Join(",", f.Types)}] verbs [{string.Join(",", f.Verbs)}] symbols [{string.Join(",", f.Symbols)}]";
}
