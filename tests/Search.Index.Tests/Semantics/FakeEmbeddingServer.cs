using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Search.Index.Tests.Semantics;

/// <summary>
/// An OpenAI-compatible embeddings endpoint on loopback, for tests: it records each request, can fail the first
/// calls or all of them, and returns a deterministic 8-dimensional vector for each input text.
/// </summary>
public sealed class FakeEmbeddingServer : IDisposable
{
    readonly HttpListener _listener = new();
    readonly CancellationTokenSource _stop = new();
    readonly Task _loop;

    public List<JsonObject> Requests { get; } = [];
    public List<string?> Authorizations { get; } = [];
    public List<string> Paths { get; } = [];
    public int FailuresBeforeSuccess { get; set; }
    public bool AlwaysFail { get; set; }
    public Uri BaseAddress { get; }

    public FakeEmbeddingServer()
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
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
            lock (Requests)
            {
                Requests.Add(body);
                Authorizations.Add(context.Request.Headers["Authorization"]);
                Paths.Add(context.Request.Url!.AbsolutePath);
            }
            if (AlwaysFail || FailuresBeforeSuccess > 0)
            {
                if (FailuresBeforeSuccess > 0) FailuresBeforeSuccess--;
                context.Response.StatusCode = 500;
                await Write(context, """{"error":{"message":"overloaded","type":"server_error"}}""");
                continue;
            }
            var inputs = body["input"] is JsonArray array ? array.Select(n => n!.GetValue<string>()).ToList() : [body["input"]!.GetValue<string>()];
            bool base64 = body["encoding_format"]?.GetValue<string>() == "base64";
            var data = new JsonArray();
            for (int i = 0; i < inputs.Count; i++)
            {
                var vector = VectorFor(inputs[i]);
                JsonNode embedding = base64
                    ? JsonValue.Create(Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.AsSpan()).ToArray()))
                    : new JsonArray(vector.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
                data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
            }
            var response = new JsonObject
            {
                ["object"] = "list", ["data"] = data, ["model"] = body["model"]!.GetValue<string>(),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["total_tokens"] = 1 },
            };
            await Write(context, response.ToJsonString());
        }
    }

    /// <summary>A vector that depends only on the text's letters, so similar texts get similar vectors.</summary>
    public static float[] VectorFor(string text)
    {
        var v = new float[8];
        foreach (var c in text.ToLowerInvariant()) if (char.IsLetter(c)) v[c % 8] += 1;
        return v;
    }

    static async Task Write(HttpListenerContext context, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
    }
}
