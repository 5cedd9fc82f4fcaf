using Search.Index.Querying.Model;
using Search.Index.Searching;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Searching;

/// <summary>Search by meaning and hybrid search: what their totals and facets count, and what a query excludes.</summary>
public class MeaningSearchTests
{
    static SearchEngine Engine => SeedIndex.Instance;

    static SearchResult Search(string query, SearchMode mode, SearchFilters? filters = null) =>
        Engine.Search(new SearchRequest { Query = query, Mode = mode, Limit = SearchRequest.MaxLimit, Filters = filters ?? SearchFilters.None });

    [Theory]
    [InlineData("landmine victims", SearchMode.Hybrid)]
    [InlineData("Cartagena Action Plan", SearchMode.Hybrid)]
    [InlineData("landmine victims", SearchMode.Semantic)]
    public void The_total_and_the_facets_count_the_paragraphs_shown(string query, SearchMode mode)
    {
        // Every result fits on one page of the seed corpus, so the page is the whole set the total speaks of.
        var result = Search(query, mode);
        Assert.NotEmpty(result.Hits);
        Assert.Equal(result.Hits.Count, result.Hits.Select(h => h.Id).Distinct().Count());
        Assert.Equal(result.Hits.Count, result.Total);
        Assert.Equal(result.Total, result.Facets["language"].Values.Sum());
        Assert.Equal(result.Total, result.Facets["type"].Values.Sum());
        foreach (var language in result.Hits.GroupBy(h => h.Language))
            Assert.Equal(language.Count(), result.Facets["language"][language.Key]);
        // The total says how it divides: what the words match, and what meaning adds.
        var keyword = Search(query, SearchMode.Keyword);
        int byMeaningOnly = result.Hits.Count(h => h.Via == "semantic" && !keyword.Hits.Any(k => k.Id == h.Id));
        Assert.Equal(mode == SearchMode.Hybrid ? keyword.Total : 0, result.FoundByWords);
        Assert.Equal(mode == SearchMode.Hybrid ? byMeaningOnly : result.Total, result.FoundByMeaning);
        Assert.Equal(mode, result.Mode);
        Assert.Equal(mode == SearchMode.Hybrid
            ? $"{result.Total} paragraphs: {keyword.Total} match the words, {result.FoundByMeaning} more by meaning"
            : $"{result.Total} paragraphs close in meaning", result.Counted);
    }

    [Theory]
    [InlineData(SearchMode.Semantic)]
    [InlineData(SearchMode.Hybrid)]
    public void An_excluded_word_is_neither_searched_for_nor_returned(SearchMode mode)
    {
        var excluding = Search("Geneva -Nairobi", mode);
        Assert.NotEmpty(excluding.Hits);
        Assert.DoesNotContain(excluding.Hits, h => h.Text.Contains("Nairobi", StringComparison.OrdinalIgnoreCase));
        // "Nairobi" is not part of what is looked for: the ranking by meaning is that of "Geneva", less what names Nairobi.
        var byMeaning = Search("Geneva", SearchMode.Semantic).Hits.Where(h => !h.Text.Contains("Nairobi", StringComparison.OrdinalIgnoreCase));
        if (mode == SearchMode.Semantic) Assert.Equal(byMeaning.Select(h => h.Id), excluding.Hits.Select(h => h.Id));
        else Assert.Subset(excluding.Hits.Select(h => h.Id).ToHashSet(), byMeaning.Select(h => h.Id).ToHashSet());
        if (mode == SearchMode.Hybrid) Assert.Subset(excluding.Hits.Select(h => h.Id).ToHashSet(), Search("Geneva -Nairobi", SearchMode.Keyword).Hits.Select(h => h.Id).ToHashSet());
    }

    [Theory]
    [InlineData(SearchMode.Semantic)]
    [InlineData(SearchMode.Hybrid)]
    public void An_excluded_phrase_is_not_returned(SearchMode mode)
    {
        var excluding = Search("States parties -\"Phnom Penh\"", mode);
        Assert.NotEmpty(excluding.Hits);
        Assert.DoesNotContain(excluding.Hits, h => h.Text.Contains("Phnom Penh", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(Search("States parties", mode).Hits, h => h.Text.Contains("Phnom Penh", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(SearchMode.Semantic)]
    [InlineData(SearchMode.Hybrid)]
    public void A_filter_written_in_the_query_is_a_filter_not_a_word(SearchMode mode)
    {
        var written = Search("landmine victims lang:fr year:2013", mode);
        var chosen = Search("landmine victims", mode, new SearchFilters
        {
            Languages = new HashSet<string> { "fr" }, Years = [new IntRange(2013, 2013)],
        });
        Assert.NotEmpty(written.Hits);
        Assert.All(written.Hits, h => Assert.Equal("fr", h.Language));
        Assert.Equal(chosen.Hits.Select(h => (h.Id, h.Score)), written.Hits.Select(h => (h.Id, h.Score)));
    }
}
