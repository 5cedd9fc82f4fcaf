using Search.Index.Querying.Model;
using Search.Index.Searching;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Searching;

public class SeedSearchTests
{
    static SearchResult Search(string query, SearchFilters? filters = null, int limit = 50, SortOrder sort = SortOrder.Relevance) =>
        SeedIndex.Instance.Search(new SearchRequest { Query = query, Filters = filters ?? SearchFilters.None, Limit = limit, Sort = sort });

    [Fact]
    public void Cartagena_action_plan_is_found_in_three_languages()
    {
        var result = Search("Cartagena Action Plan");
        Assert.Equal(
            new[] { "A/RES/67/32:en:op3", "A/RES/67/32:en:pp7", "A/RES/67/32:ru:op3", "A/RES/67/32:ru:pp7",
                    "A/RES/68/30:en:op3", "A/RES/68/30:en:pp7", "A/RES/68/30:fr:op3", "A/RES/68/30:fr:pp7" },
            result.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(8, result.Total);
        Assert.All(result.Hits.Where(h => h.Language == "en"), h => Assert.Equal("match", h.Via));
        Assert.All(result.Hits.Where(h => h.Language != "en"), h =>
        {
            Assert.Equal("translation", h.Via);
            Assert.Equal(h.Id.Replace($":{h.Language}:", ":en:"), h.ViaId);
        });
        var op3 = result.Hits.Single(h => h.Id == "A/RES/68/30:en:op3");
        Assert.Contains("Cartagena Action Plan", Marked(op3));
        Assert.Equal("Stresses", op3.Verb);
        Assert.Equal(2013, op3.Year);
        Assert.Equal(68, op3.Session);

        Assert.Equal(new Dictionary<string, int> { ["en"] = 4, ["ru"] = 2, ["fr"] = 2 }, result.Facets["language"]);
        Assert.Equal(new Dictionary<string, int> { ["2013"] = 4, ["2012"] = 4 }, result.Facets["year"]);
        Assert.Equal(new Dictionary<string, int> { ["68"] = 4, ["67"] = 4 }, result.Facets["session"]);
        Assert.Equal(new Dictionary<string, int> { ["preambular"] = 4, ["operative"] = 4 }, result.Facets["type"]);
        Assert.Equal(2, result.Facets["verb"]["stresses"]);
        Assert.Equal(1, result.Facets["verb"]["souligne"]);
    }

    [Fact]
    public void A_translation_is_ranked_just_below_the_clause_that_brought_it()
    {
        var hits = Search("Cartagena Action Plan").Hits;
        for (int i = 0; i < hits.Count; i++)
        {
            if (hits[i].Via != "translation") continue;
            var source = hits.Take(i).Last(h => h.Via == "match");
            Assert.Equal(source.Id, hits[i].ViaId);
            Assert.True(hits[i].Score < source.Score);
        }
    }

    [Fact]
    public void Language_filter_keeps_only_french_clauses_found_through_english()
    {
        var result = Search("Cartagena Action Plan", new SearchFilters { Languages = new HashSet<string> { "fr" } });
        Assert.Equal(["A/RES/68/30:fr:op3", "A/RES/68/30:fr:pp7"], result.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, result.Total);
        // The language facet ignores its own selection.
        Assert.Equal(new Dictionary<string, int> { ["en"] = 4, ["ru"] = 2, ["fr"] = 2 }, result.Facets["language"]);
    }

    [Fact]
    public void Phrase_order_matters()
    {
        var dead = Search("\"Dead Sea\"");
        Assert.Contains("A/RES/68/30:en:pp6", dead.Hits.Select(h => h.Id));
        Assert.Contains("A/RES/67/32:en:pp6", dead.Hits.Select(h => h.Id));
        Assert.Contains("Dead Sea", Marked(dead.Hits.First(h => h.Via == "match")));
        Assert.Equal(0, Search("\"Sea Dead\"").Total);
        Assert.Empty(Search("\"Sea Dead\"").Hits);
    }

    [Fact]
    public void Browsing_a_year_counts_the_other_year_in_its_facet()
    {
        var result = Search("", new SearchFilters { Years = [new IntRange(2013, 2013)] }, limit: 100);
        Assert.Equal(40, result.Total);
        Assert.Equal(40, result.Hits.Count);
        Assert.All(result.Hits, h => Assert.Equal(2013, h.Year));
        Assert.Equal(new Dictionary<string, int> { ["2013"] = 40, ["2012"] = 40 }, result.Facets["year"]);
        Assert.Equal(new Dictionary<string, int> { ["en"] = 20, ["fr"] = 20 }, result.Facets["language"]);
    }

    [Fact]
    public void Browsing_by_year_and_language_counts_each_facet_without_its_own_selection()
    {
        var result = Search("year:2012 lang:ru", limit: 100);
        Assert.Equal(20, result.Total);
        Assert.All(result.Hits, h => Assert.Equal(("ru", 2012), (h.Language, h.Year)));
        Assert.Equal(new Dictionary<string, int> { ["2012"] = 20 }, result.Facets["year"]);
        Assert.Equal(new Dictionary<string, int> { ["en"] = 20, ["ru"] = 20 }, result.Facets["language"]);
        Assert.Equal(new Dictionary<string, int> { ["preambular"] = 10, ["operative"] = 10 }, result.Facets["type"]);
        // The same filters with a type selection take the general path and must agree on the shared facets.
        var general = Search("year:2012 lang:ru type:preambular,operative", limit: 100);
        Assert.Equal(result.Total, general.Total);
        Assert.Equal(result.Facets["year"], general.Facets["year"]);
        Assert.Equal(result.Facets["language"], general.Facets["language"]);
    }

    [Fact]
    public void Filters_in_the_query_text_and_facets_combine()
    {
        var result = Search("year:2013 type:operative verb:urges");
        Assert.Equal(3, result.Total);
        Assert.Equal(["A/RES/68/30:en:op2", "A/RES/68/30:en:op4", "A/RES/68/30:en:op7"], result.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        // The verb facet ignores the verb selection: all operative verbs of 2013, in English and French.
        Assert.Equal(3, result.Facets["verb"]["urges"]);
        Assert.Equal(2, result.Facets["verb"]["invites"]);
        Assert.Equal(2, result.Facets["verb"]["demande instamment"]);
        Assert.Equal(20, result.Facets["verb"].Values.Sum());
        Assert.Equal(new Dictionary<string, int> { ["operative"] = 3 }, result.Facets["type"]);
    }

    [Fact]
    public void Exclusion_and_alternatives()
    {
        var onlyGeneva = Search("Geneva -Nairobi", new SearchFilters { Languages = new HashSet<string> { "en" } });
        Assert.All(onlyGeneva.Hits, h => Assert.DoesNotContain("Nairobi", h.Text));
        Assert.All(onlyGeneva.Hits, h => Assert.Contains("Geneva", h.Text));
        var either = Search("Maputo OR Cartagena", new SearchFilters { Languages = new HashSet<string> { "en" } });
        Assert.Equal(6, either.Total); // pp6 (Maputo) and pp7, op3 (Cartagena) of both years
    }

    [Fact]
    public void Sorting_by_date_puts_newest_first()
    {
        var result = Search("Convention", sort: SortOrder.Newest, limit: 200);
        var dates = result.Hits.Select(h => h.AdoptionDate).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        Assert.Equal("2013-12-05", dates[0]);
    }

    static IReadOnlyList<string> Marked(SearchHit hit) => hit.Snippet.Parts().Where(p => p.Marked).Select(p => p.Text).ToList();

    /// <summary>Snippets are the paragraph's own text (escaping is the page's business) with marks that are offsets into it.</summary>
    [Fact]
    public void Snippets_are_plain_text_with_marks_on_the_query_words()
    {
        var result = Search("l'interdiction", new SearchFilters { Languages = new HashSet<string> { "fr" } });
        Assert.NotEmpty(result.Hits);
        foreach (var hit in result.Hits.Where(h => h.Via == "match"))
        {
            Assert.Equal(hit.Snippet.Text, string.Concat(hit.Snippet.Parts().Select(p => p.Text)));
            Assert.Contains(hit.Snippet.Text.Trim('…', ' '), hit.Text);
            Assert.NotEmpty(Marked(hit));
            Assert.All(Marked(hit), m => Assert.Contains("interdiction", m, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Paging_walks_through_all_hits_once()
    {
        var all = Search("Convention", limit: 200).Hits.Select(h => h.Id).ToList();
        var paged = new List<string>();
        for (int offset = 0; offset < all.Count; offset += 7)
            paged.AddRange(SeedIndex.Instance.Search(new SearchRequest { Query = "Convention", Offset = offset, Limit = 7 }).Hits.Select(h => h.Id));
        Assert.Equal(all, paged);
    }

    [Fact]
    public void Browsing_by_more_symbols_than_a_boolean_query_holds_finds_those_held()
    {
        var symbols = Enumerable.Range(1, 1500).Select(i => $"A/RES/99/{i}").Append("A/RES/68/30").ToHashSet();
        var result = Search("", new SearchFilters { Symbols = symbols }, limit: 100);
        Assert.Equal(40, result.Total);
        Assert.All(result.Hits, h => Assert.Equal("A/RES/68/30", h.Symbol));
    }
}
