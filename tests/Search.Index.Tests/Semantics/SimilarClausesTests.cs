using Search.Index.Querying.Model;
using Search.Index.Searching;
using Search.Index.Semantics;
using Search.Index.Tests.Support;
using Search.Index.Paragraphs;

namespace Search.Index.Tests.Semantics;

public class SimilarClausesTests
{
    static SearchEngine Engine => SeedIndex.Instance;

    static FilterMask Filter(SearchFilters filters) => new(Engine.Paragraphs.Documents, filters);

    [Fact]
    public void Last_years_clause_is_the_most_similar()
    {
        var result = Engine.Similar.Similar("A/RES/68/30:en:op9", 5, Filter(SearchFilters.None))!;
        Assert.Equal("A/RES/67/32:en:op9", result.Hits[0].Id);
        Assert.All(result.Hits, h => Assert.Equal("A/RES/67/32", h.Symbol)); // other resolutions only
        Assert.True(result.Hits[0].Score > result.Hits[1].Score);
        var diff = result.Hits[0].Diff;
        Assert.Contains(diff, p => p.Kind == DiffKind.Removed && p.Text.Contains("Third Review Conference"));
        Assert.Contains(diff, p => p.Kind == DiffKind.Added && p.Text.Contains("Thirteenth Meeting"));
    }

    [Fact]
    public void A_french_clause_finds_its_russian_counterpart_of_the_year_before()
    {
        var result = Engine.Similar.Similar("A/RES/68/30:fr:op6", 3, Filter(new SearchFilters { Languages = new HashSet<string> { "ru" } }))!;
        Assert.All(result.Hits, h => Assert.Equal("ru", h.Language));
        Assert.Contains("A/RES/67/32:ru:op6", result.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Comparing_two_years_shows_only_the_real_changes()
    {
        var comparison = Engine.Similar.Compare("A/RES/67/32", "A/RES/68/30", "en")!;
        var byKey = comparison.Clauses.ToDictionary(c => c.AfterKey ?? c.BeforeKey!);
        Assert.DoesNotContain(comparison.Clauses, c => c.Change is ClauseChange.Added or ClauseChange.Removed);
        Assert.Equal(20, comparison.Clauses.Count);
        Assert.All(comparison.Clauses, c => Assert.Equal(c.BeforeKey, c.AfterKey));

        var op2 = byKey["op2"];
        Assert.Equal(ClauseChange.Changed, op2.Change);
        Assert.Contains(new DiffPart(DiffKind.Removed, "all States"), op2.Diff);
        Assert.Contains(new DiffPart(DiffKind.Added, "the one remaining State"), op2.Diff);

        var pp8 = byKey["pp8"];
        Assert.Equal(ClauseChange.Changed, pp8.Change);
        Assert.Contains(new DiffPart(DiffKind.Removed, "160,"), pp8.Diff);
        Assert.Contains(new DiffPart(DiffKind.Added, "161,"), pp8.Diff);

        string[] changed = ["pp1", "pp6", "pp8", "op2", "op8", "op9", "op10"];
        foreach (var clause in comparison.Clauses)
            Assert.Equal(changed.Contains(clause.AfterKey) ? ClauseChange.Changed : ClauseChange.Unchanged, clause.Change);
    }

    [Fact]
    public void The_previous_version_is_found_by_title_and_similarity()
    {
        Assert.Equal("A/RES/67/32", Engine.Similar.PreviousVersion("A/RES/68/30", "en"));
        Assert.Null(Engine.Similar.PreviousVersion("A/RES/67/32", "en"));
    }

    [Fact]
    public void Semantic_search_finds_clauses_without_the_exact_words()
    {
        var result = Engine.Search(new SearchRequest { Query = "landmine victims rehabilitation", Mode = SearchMode.Semantic, Limit = 5 });
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.Equal("semantic", h.Via));
        Assert.Contains(result.Hits.Take(3), h => h.Text.Contains("rehabilitation") || h.Text.Contains("réadaptation") || h.Text.Contains("реабилитац"));
        Assert.True(result.Total >= result.Hits.Count);
    }

    [Fact]
    public void Hybrid_search_fuses_both_rankings()
    {
        var keyword = Engine.Search(new SearchRequest { Query = "Cartagena Action Plan", Limit = 20 });
        var hybrid = Engine.Search(new SearchRequest { Query = "Cartagena Action Plan", Mode = SearchMode.Hybrid, Limit = 20 });
        Assert.Equal(keyword.Total, hybrid.FoundByWords);
        Assert.Equal(keyword.Total + hybrid.FoundByMeaning, hybrid.Total);
        foreach (var (language, count) in keyword.Facets["language"]) Assert.True(hybrid.Facets["language"][language] >= count);
        // A paragraph high in both rankings comes first; reciprocal rank fusion scores are below 2/61.
        Assert.Contains(hybrid.Hits[0].Id, keyword.Hits.Take(4).Select(h => h.Id));
        Assert.All(hybrid.Hits, h => Assert.True(h.Score <= 2.0 / 61 + 1e-4));
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var snapshot = Engine.Paragraphs;
        var a = SemanticIndex.Build(snapshot, Search.Index.Analysis.UnAnalysis.Instance);
        var b = SemanticIndex.Build(snapshot, Search.Index.Analysis.UnAnalysis.Instance);
        Assert.Equal(a.Model!.Id, b.Model!.Id);
        Assert.Equal(a.Vectors.Vector(3).ToArray(), b.Vectors.Vector(3).ToArray());
    }

    [Fact]
    public void Word_diff_and_rank_fusion()
    {
        Assert.Equal([new DiffPart(DiffKind.Same, "to"), new DiffPart(DiffKind.Removed, "160,"), new DiffPart(DiffKind.Added, "161,")], WordDiff.Compare("to 160,", "to 161,"));
        Assert.True(WordDiff.Identical(WordDiff.Compare("a b c", "a  b c")));
        var fused = RankFusion.Fuse<string>(["a", "b", "c"], ["c", "a"]);
        Assert.Equal(["a", "c", "b"], fused.Select(f => f.Item));
        Assert.Equal(1.0 / 61 + 1.0 / 62, fused[0].Score, 10);
    }
}
