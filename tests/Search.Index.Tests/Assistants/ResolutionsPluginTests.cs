using System.Text.Json;
using Microsoft.SemanticKernel;
using Search.Index.Assistants;
using Search.Index.Searching;

namespace Search.Index.Tests.Assistants;

/// <summary>The plugin as a model reaches it: through a Semantic Kernel, with arguments by name.</summary>
public class ResolutionsPluginTests(SeedEngine seed) : IClassFixture<SeedEngine>
{
    readonly Kernel _kernel = SearchKernel.Create(seed.Engine, () => seed.Application);

    Task<FunctionResult> Invoke(string function, KernelArguments arguments) =>
        _kernel.InvokeAsync(ResolutionsPlugin.Name, function, arguments, TestContext.Current.CancellationToken);

    [Fact]
    public void The_kernel_holds_the_four_functions_with_descriptions_of_every_parameter()
    {
        var plugin = _kernel.Plugins[ResolutionsPlugin.Name];
        Assert.Equal(ResolutionsPlugin.Functions.Order(), plugin.Select(f => f.Name).Order());
        foreach (var function in plugin)
        {
            Assert.Contains("id", function.Description);
            Assert.All(function.Metadata.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{function.Name}.{p.Name} has no description"));
        }
        var search = plugin[ResolutionsPlugin.SearchFunction].Metadata.Parameters;
        Assert.Equal(["query", "languages", "yearFrom", "yearTo", "type", "verb", "mode", "limit"], search.Select(p => p.Name));
        Assert.True(search[0].IsRequired);
        Assert.All(search.Skip(1), p => Assert.False(p.IsRequired));
    }

    [Fact]
    public async Task Search_returns_the_engines_hits_with_ids_and_plain_passages()
    {
        var result = await Invoke(ResolutionsPlugin.SearchFunction, new() { ["query"] = "Cartagena Action Plan", ["languages"] = "en,fr", ["limit"] = 20 });
        var answer = result.GetValue<SearchAnswer>()!;
        var direct = seed.Engine.Search(new SearchRequest
        {
            Query = "Cartagena Action Plan", Limit = 20,
            Filters = new Search.Index.Querying.Model.SearchFilters { Languages = new HashSet<string> { "en", "fr" } },
        });
        Assert.Equal(direct.Total, answer.Total);
        Assert.Equal(direct.Hits.Select(h => h.Id), answer.Paragraphs.Select(p => p.Id));
        Assert.Contains(answer.Paragraphs, p => p.Id == "A/RES/68/30:fr:op3" && p.Symbol == "A/RES/68/30" && p.Language == "fr");
        Assert.All(answer.Paragraphs, p => Assert.DoesNotContain("<mark>", p.Passage));
        Assert.All(answer.Paragraphs, p => Assert.Contains(p.Language, new[] { "en", "fr" }));
        Assert.Contains(answer.Paragraphs, p => p.Passage.Contains("Cartagena", StringComparison.OrdinalIgnoreCase) || p.Passage.Contains("Carthagène", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_filters_by_year_type_and_verb()
    {
        var answer = (await Invoke(ResolutionsPlugin.SearchFunction, new() { ["query"] = "", ["yearFrom"] = 2013, ["yearTo"] = 2013, ["type"] = "operative", ["languages"] = "fr", ["limit"] = 50 })).GetValue<SearchAnswer>()!;
        Assert.Equal(10, answer.Total);
        Assert.All(answer.Paragraphs, p => Assert.True(p.Year == 2013 && p.Type == "operative" && p.Language == "fr"));
        var urges = (await Invoke(ResolutionsPlugin.SearchFunction, new() { ["query"] = "", ["verb"] = "Urges", ["languages"] = "en" })).GetValue<SearchAnswer>()!;
        Assert.NotEmpty(urges.Paragraphs);
        Assert.All(urges.Paragraphs, p => Assert.Equal("urges", p.Verb, ignoreCase: true));
    }

    [Fact]
    public async Task Read_paragraph_gives_the_text_and_its_translations_with_their_ids()
    {
        var answer = (await Invoke(ResolutionsPlugin.ParagraphFunction, new() { ["id"] = "a/res/68/30:FR:op3" })).GetValue<ParagraphAnswer>()!;
        var stored = seed.Store.Get("A/RES/68/30", "fr")!.Paragraphs.Single(p => p.Key == "op3");
        Assert.Equal("A/RES/68/30:fr:op3", answer.Id);
        Assert.Equal(stored.Text, answer.Text);
        Assert.Equal(3, answer.Number);
        Assert.Equal(2013, answer.Year);
        Assert.Equal(["A/RES/68/30:en:op3"], answer.Translations.Select(t => t.Id));
        Assert.Equal(seed.Store.Get("A/RES/68/30", "en")!.Paragraphs.Single(p => p.Key == "op3").Text, answer.Translations[0].Text);
    }

    [Fact]
    public async Task Similar_clauses_come_from_other_resolutions()
    {
        var answer = (await Invoke(ResolutionsPlugin.SimilarFunction, new() { ["id"] = "A/RES/68/30:en:op6", ["limit"] = 5 })).GetValue<SimilarAnswer>()!;
        Assert.Equal("A/RES/68/30:en:op6", answer.SourceId);
        Assert.InRange(answer.Similar.Count, 1, 5);
        Assert.All(answer.Similar, s => Assert.NotEqual("A/RES/68/30", s.Symbol));
        Assert.Equal(answer.Similar.OrderByDescending(s => s.Score).Select(s => s.Id), answer.Similar.Select(s => s.Id));
        var russian = (await Invoke(ResolutionsPlugin.SimilarFunction, new() { ["id"] = "A/RES/68/30:en:op6", ["languages"] = "ru" })).GetValue<SimilarAnswer>()!;
        Assert.NotEmpty(russian.Similar);
        Assert.All(russian.Similar, s => Assert.Equal("ru", s.Language));
    }

    [Fact]
    public async Task Compare_finds_the_previous_version_and_lists_only_what_changed()
    {
        var answer = (await Invoke(ResolutionsPlugin.CompareFunction, new() { ["after"] = "A/RES/68/30" })).GetValue<ComparisonAnswer>()!;
        Assert.Equal("A/RES/67/32", answer.Before);
        Assert.Equal("en", answer.Language);
        Assert.True(answer.Unchanged > 0);
        Assert.NotEmpty(answer.Changes);
        Assert.All(answer.Changes, c => Assert.Contains(c.Change, new[] { "changed", "added", "removed" }));
        Assert.Contains(answer.Changes, c => c.Change == "changed" && c.Diff.Contains("{+") && c.BeforeId!.StartsWith("A/RES/67/32:en:") && c.AfterId!.StartsWith("A/RES/68/30:en:"));
        var full = seed.Engine.Similar.Compare("A/RES/67/32", "A/RES/68/30", "en")!;
        Assert.Equal(full.Clauses.Count, answer.Unchanged + answer.Changes.Count);
    }

    [Theory]
    [InlineData(ResolutionsPlugin.SearchFunction, """{"query":"x","limit":0}""", "limit 0 is out of range")]
    [InlineData(ResolutionsPlugin.SearchFunction, """{"query":"x","languages":"en,de"}""", "language 'de' is not held")]
    [InlineData(ResolutionsPlugin.SearchFunction, """{"query":"x","yearFrom":2014,"yearTo":2010}""", "yearFrom 2014 is after yearTo 2010")]
    [InlineData(ResolutionsPlugin.SearchFunction, """{"query":"x","yearFrom":12}""", "yearFrom 12 is not a year")]
    [InlineData(ResolutionsPlugin.SearchFunction, """{"query":"x","type":"footnote"}""", "type:footnote is not a clause type (preambular, operative, annex)")]
    [InlineData(ResolutionsPlugin.SearchFunction, """{"query":"x","mode":"telepathic"}""", "mode must be keyword, semantic, hybrid, not 'telepathic'")]
    [InlineData(ResolutionsPlugin.SearchFunction, """{"query":""}""", "give a query")]
    [InlineData(ResolutionsPlugin.ParagraphFunction, """{"id":"garbage"}""", "'garbage' is not a paragraph id such as A/RES/68/30:fr:op3")]
    [InlineData(ResolutionsPlugin.ParagraphFunction, """{"id":"A/RES/68/30:ru:op3"}""", "no paragraph A/RES/68/30:ru:op3 is held")]
    [InlineData(ResolutionsPlugin.ParagraphFunction, """{"id":"A/RES/68/30:en:op99"}""", "no paragraph A/RES/68/30:en:op99 is held")]
    [InlineData(ResolutionsPlugin.SimilarFunction, """{"id":"A/RES/68/30:en:op99"}""", "no paragraph A/RES/68/30:en:op99 is held")]
    [InlineData(ResolutionsPlugin.SimilarFunction, """{"id":"A/RES/68/30:en:op1","limit":51}""", "limit 51 is out of range")]
    [InlineData(ResolutionsPlugin.CompareFunction, """{"after":"nonsense"}""", "after must be a resolution symbol such as A/RES/68/30")]
    [InlineData(ResolutionsPlugin.CompareFunction, """{"after":"A/RES/68/30","language":"de"}""", "language must be one of en, fr, ru, not 'de'")]
    [InlineData(ResolutionsPlugin.CompareFunction, """{"after":"A/RES/67/32"}""", "no earlier version of A/RES/67/32")]
    public async Task Bad_arguments_are_refused_with_a_message_that_says_what_to_change(string function, string json, string message)
    {
        var arguments = new KernelArguments();
        foreach (var property in JsonDocument.Parse(json).RootElement.EnumerateObject())
            arguments[property.Name] = property.Value.ValueKind == JsonValueKind.Number ? property.Value.GetInt32() : property.Value.GetString();
        var error = await Assert.ThrowsAsync<AssistantException>(() => Invoke(function, arguments));
        Assert.Contains(message, error.Message);
    }
}
