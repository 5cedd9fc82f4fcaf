using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Search.Index.Tests.Assistants;

/// <summary>
/// An OpenAI-compatible chat completions endpoint on loopback that plays a model which uses tools: asked a
/// question, it calls the offered function whose name ends with <see cref="FunctionToCall"/> with
/// <see cref="Arguments"/>; given the function's result, it answers with the paragraph ids found in that result.
/// </summary>
public sealed partial class FakeChatServer : IDisposable
{
    readonly HttpListener _listener = new();
    readonly Task _loop;

    public List<JsonObject> Requests { get; } = [];
    public required string FunctionToCall { get; init; }
    public required JsonObject Arguments { get; init; }
    public Uri BaseAddress { get; }

    public FakeChatServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/v1");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    async Task Serve()
    {
        while (true)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
            lock (Requests) Requests.Add(body);
            var messages = body["messages"]!.AsArray();
            var toolResults = messages.Where(m => m!["role"]!.GetValue<string>() == "tool").Select(m => ContentOf(m!)).ToList();
            JsonObject message;
            string finish;
            if (toolResults.Count > 0)
            {
                var ids = toolResults.SelectMany(r => ParagraphIds().Matches(r).Select(m => m.Value)).Distinct();
                message = new JsonObject { ["role"] = "assistant", ["content"] = "The resolutions say so in " + string.Join(", ", ids) + "." };
                finish = "stop";
            }
            else
            {
                var name = body["tools"]?.AsArray().Select(t => t!["function"]!["name"]!.GetValue<string>()).FirstOrDefault(n => n.EndsWith(FunctionToCall, StringComparison.Ordinal));
                if (name is null)
                {
                    message = new JsonObject { ["role"] = "assistant", ["content"] = "No tool was offered." };
                    finish = "stop";
                }
                else
                {
                    message = new JsonObject
                    {
                        ["role"] = "assistant", ["content"] = null,
                        ["tool_calls"] = new JsonArray(new JsonObject
                        {
                            ["id"] = "call_1", ["type"] = "function",
                            ["function"] = new JsonObject { ["name"] = name, ["arguments"] = Arguments.ToJsonString() },
                        }),
                    };
                    finish = "tool_calls";
                }
            }
            var response = new JsonObject
            {
                ["id"] = $"chatcmpl-{Requests.Count}", ["object"] = "chat.completion", ["created"] = 1_700_000_000,
                ["model"] = body["model"]!.GetValue<string>(),
                ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finish }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["completion_tokens"] = 1, ["total_tokens"] = 2 },
            };
            var bytes = Encoding.UTF8.GetBytes(response.ToJsonString());
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    /// <summary>A message's content, given as a string or as an array of text parts.</summary>
    public static string ContentOf(JsonNode message) => message["content"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? "")),
        _ => "",
    };

    [GeneratedRegex(@"[A-Z]/RES/\d+/\d+(?: [A-Z])?:[a-z]{2}:(?:pp|op|an)\d+")]
    private static partial Regex ParagraphIds();

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
