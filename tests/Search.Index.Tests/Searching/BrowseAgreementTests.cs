using Search.Index.Analysis;
using Search.Index.Ingestion;
using Search.Index.Paragraphs;
using Search.Index.Querying.Model;
using Search.Index.Searching;
using Search.Index.Storage;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Searching;

/// <summary>
/// Browsing (filters without words) counts facets over groups of paragraphs and walks a date order; a reference
/// that looks at every paragraph must give the same total, the same facet counts (each facet ignoring its own
/// selection) and a page of the newest (or oldest) paragraphs that pass.
/// </summary>
public class BrowseAgreementTests
{
    [Fact]
    public void Browsing_agrees_with_looking_at_every_paragraph()
    {
        var paths = new List<string> { TestPaths.Corpus };
        if (TestPaths.Shared is { } shared)
        {
            paths.Add(Path.Combine(shared, "corpus-ext", "unsc_res_en_gold.jsonl"));
            paths.Add(Path.Combine(shared, "corpus-ext", "udhr_a_res_217A_III.en-fr-ru.jsonl"));
        }
        paths.Add(MadeResolutions.Write(TestPaths.NewTempDirectory(), "dated",
            new MadeResolutions.Made("A/RES/68/201", "2013-12-20", "Urges the study of kelp", "fr"),
            new MadeResolutions.Made("A/RES/68/201", "2013-12-20", "Urges the study of kelp"),
            new MadeResolutions.Made("A/RES/69/5", "2014-11-03", "Welcomes the report", Session: 69)));
        using var store = ResolutionStore.Open(TestPaths.NewTempDirectory());
        new Ingestor(store).Ingest(paths);
        // Built in parts, as a large store is (IndexBuild): the agreement then holds for what a build in parts makes.
        using var engine = new SearchEngine(UnAnalysis.Instance) { ParagraphsPerBuildPart = 100 };
        engine.Rebuild(store);
        var docs = engine.Paragraphs.Documents;

        var random = new Random(99);
        for (int q = 0; q < 300; q++)
        {
            var filters = FilterReference.Random(random, docs);
            var sort = random.Next(2) == 0 ? SortOrder.Newest : SortOrder.Oldest;
            int limit = 1 + random.Next(15), offset = random.Next(3) == 0 ? random.Next(20) : 0;
            var result = engine.Search(new SearchRequest { Query = "", Filters = filters, Sort = sort, Limit = limit, Offset = offset });

            var passing = Enumerable.Range(0, docs.Count).Where(d => FilterReference.Passes(docs, d, filters, except: null)).ToList();
            Assert.Equal(passing.Count, result.Total);
            AssertFacet("language", result, docs, filters, d => docs.Language(d));
            AssertFacet("session", result, docs, filters, d => docs.Sessions[d] == 0 ? null : docs.Sessions[d].ToString());
            AssertFacet("year", result, docs, filters, d => docs.Years[d] == 0 ? null : docs.Years[d].ToString());
            AssertFacet("type", result, docs, filters, d => Documents.ClauseTypeNames.ToName(docs.Type(d)));

            var dates = passing.Select(d => docs.Dates[d]).ToList();
            var expectedDates = (sort == SortOrder.Newest ? dates.OrderDescending() : dates.Order()).Skip(offset).Take(limit).ToList();
            var byId = engine.Paragraphs.DocsById;
            var shown = result.Hits.Select(h => byId[h.Id]).ToList();
            Assert.Equal(expectedDates, shown.Select(d => docs.Dates[d]));
            Assert.All(shown, d => Assert.True(FilterReference.Passes(docs, d, filters, except: null)));
            Assert.Equal(shown.Count, shown.Distinct().Count());
        }
    }

    static void AssertFacet(string facet, SearchResult result, DocumentTable docs, SearchFilters filters, Func<int, string?> value)
    {
        var expected = Enumerable.Range(0, docs.Count).Where(d => FilterReference.Passes(docs, d, filters, except: facet)).Select(value).OfType<string>()
            .GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), result.Facets[facet].OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
