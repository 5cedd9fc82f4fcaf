using System.ClientModel;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;
using Search.Index.Assistants;

namespace Search.Index.Tests.Assistants;

/// <summary>
/// A chat model reached over the OpenAI protocol asks for one of our functions; Semantic Kernel runs it and
/// returns its result to the model, whose answer then cites the paragraph ids the function found.
/// </summary>
public class AutomaticFunctionCallingTests(SeedEngine seed) : IClassFixture<SeedEngine>
{
    async Task<(string Answer, FakeChatServer Server)> Ask(string function, JsonObject arguments, string question)
    {
        var server = new FakeChatServer { FunctionToCall = function, Arguments = arguments };
        var kernel = SearchKernel.Create(seed.Engine, () => seed.Application, configure: builder => builder.AddOpenAIChatCompletion("test-chat",
            new OpenAIClient(new ApiKeyCredential("test-key"), new OpenAIClientOptions { Endpoint = server.BaseAddress })));
        var history = new ChatHistory();
        history.AddUserMessage(question);
        var settings = new OpenAIPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };
        var reply = await kernel.GetRequiredService<IChatCompletionService>()
            .GetChatMessageContentAsync(history, settings, kernel, TestContext.Current.CancellationToken);
        return (reply.Content ?? "", server);
    }

    [Fact]
    public async Task The_model_calls_search_and_its_answer_cites_the_paragraphs_found()
    {
        var (answer, server) = await Ask(ResolutionsPlugin.SearchFunction,
            new JsonObject { ["query"] = "Cartagena Action Plan", ["languages"] = "fr", ["limit"] = 5 },
            "Que dit l'Assemblée du Plan d'action de Carthagène ?");
        using var _ = server;

        var expected = new ResolutionQueries(() => seed.Application).Search("Cartagena Action Plan", languages: "fr", limit: 5);
        Assert.NotEmpty(expected.Paragraphs);
        Assert.Contains("A/RES/68/30:fr:op3", expected.Paragraphs.Select(p => p.Id));
        foreach (var id in expected.Paragraphs.Select(p => p.Id)) Assert.Contains(id, answer);
        Assert.Equal(expected.Paragraphs.Count, Regex.Matches(answer, @":fr:(?:pp|op|an)\d+").Count);

        Assert.Equal(2, server.Requests.Count);
        // The first request offered every function of the plugin, described, to the model.
        var tools = server.Requests[0]["tools"]!.AsArray().Select(t => t!["function"]!).ToList();
        foreach (var name in ResolutionsPlugin.Functions) Assert.Single(tools, t => t!["name"]!.GetValue<string>().EndsWith(name));
        Assert.All(tools, t => Assert.Contains("id", t!["description"]!.GetValue<string>()));
        // The second carried the function's result back as a tool message answering the call.
        var toolMessage = server.Requests[1]["messages"]!.AsArray().Single(m => m!["role"]!.GetValue<string>() == "tool")!;
        Assert.Equal("call_1", toolMessage["tool_call_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_model_calls_similar_clauses_and_cites_other_resolutions()
    {
        var (answer, server) = await Ask(ResolutionsPlugin.SimilarFunction,
            new JsonObject { ["id"] = "A/RES/68/30:en:op6", ["limit"] = 3 },
            "Which earlier resolutions said the same as A/RES/68/30 operative paragraph 6?");
        using var _ = server;
        var expected = new ResolutionQueries(() => seed.Application).Similar("A/RES/68/30:en:op6", limit: 3);
        Assert.NotEmpty(expected.Similar);
        foreach (var id in expected.Similar.Select(s => s.Id)) Assert.Contains(id, answer);
    }

    [Fact]
    public async Task A_refused_argument_reaches_the_model_as_an_error_it_can_read()
    {
        var (answer, server) = await Ask(ResolutionsPlugin.ParagraphFunction, new JsonObject { ["id"] = "not an id" }, "Read paragraph 'not an id'.");
        using var _ = server;
        Assert.Equal(2, server.Requests.Count);
        var toolMessage = server.Requests[1]["messages"]!.AsArray().Single(m => m!["role"]!.GetValue<string>() == "tool")!;
        Assert.Contains("'not an id' is not a paragraph id", FakeChatServer.ContentOf(toolMessage));
        Assert.StartsWith("The resolutions say so in", answer);
    }
}
