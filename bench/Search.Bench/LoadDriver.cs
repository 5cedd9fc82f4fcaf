using System.Diagnostics;
using System.Net;

namespace Search.Bench;

/// <summary>What one run of the clients measured.</summary>
public sealed class LoadRun
{
    public Latency All { get; } = new();
    public Dictionary<string, Latency> ByClass { get; } = [];
    public Dictionary<string, int> Errors { get; } = [];
    /// <summary>Answers the app served from its response cache (they carry an Age header), by class.</summary>
    public Dictionary<string, int> FromCache { get; } = [];
    /// <summary>Answers completed in each minute of the run.</summary>
    public List<int> PerMinute { get; } = [];
    public TimeSpan Elapsed { get; set; }
    public int Requests => All.Count + Errors.Values.Sum();
    public int DistinctPaths { get; set; }
}

/// <summary>
/// Concurrent clients, each sending its next request as soon as the last one is answered (a closed loop), over
/// one connection pool with a connection per client. A request counts as an error unless it is answered 200
/// with its whole body read.
/// </summary>
public static class LoadDriver
{
    public static HttpClient Client(int clients) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = clients,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    { Timeout = TimeSpan.FromSeconds(30) };

    public static async Task WaitForOk(HttpClient http, string url, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        HttpStatusCode last = 0;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync(url);
                last = response.StatusCode;
                if (last == HttpStatusCode.OK) return;
            }
            catch (TaskCanceledException) { }
            await Task.Delay(1000);
        }
        throw new TimeoutException($"{url} did not answer 200 within {limit} (last {(int)last})");
    }

    public static async Task<LoadRun> Drive(HttpClient http, string baseUrl, IReadOnlyList<LogEntry> log, int clients, TimeSpan duration, int maxRequests, int seed, MemorySampler? memory)
    {
        var run = new LoadRun { DistinctPaths = log.Select(e => e.Path).Distinct().Count() };
        int issued = 0;
        var clock = Stopwatch.StartNew();
        using var sampling = new CancellationTokenSource();
        var sampler = memory?.Run(sampling.Token) ?? Task.CompletedTask;

        async Task Client(int id)
        {
            var random = new Random(seed * 1000 + id);
            var buffer = new byte[64 * 1024];
            var mine = new List<(string Class, double Ms, int Status, bool Cached, int Minute)>();
            while (clock.Elapsed < duration && Interlocked.Increment(ref issued) <= maxRequests)
            {
                var entry = log[random.Next(log.Count)];
                long start = Stopwatch.GetTimestamp();
                int status;
                bool cached = false;
                try
                {
                    using var response = await http.GetAsync(baseUrl + entry.Path, HttpCompletionOption.ResponseHeadersRead);
                    await using var body = await response.Content.ReadAsStreamAsync();
                    while (await body.ReadAsync(buffer) > 0) { }
                    status = (int)response.StatusCode;
                    cached = response.Headers.Age is not null;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    status = -1;
                }
                mine.Add((entry.Class, Stopwatch.GetElapsedTime(start).TotalMilliseconds, status, cached, (int)(clock.Elapsed.TotalSeconds / 60)));
            }
            lock (run)
            {
                foreach (var (cls, ms, status, cached, minute) in mine)
                {
                    while (run.PerMinute.Count <= minute) run.PerMinute.Add(0);
                    run.PerMinute[minute]++;
                    if (cached) run.FromCache[cls] = run.FromCache.GetValueOrDefault(cls) + 1;
                    if (status == 200)
                    {
                        run.All.Add(ms);
                        if (!run.ByClass.TryGetValue(cls, out var latency)) run.ByClass[cls] = latency = new Latency();
                        latency.Add(ms);
                    }
                    else
                    {
                        var key = $"{cls}: {(status < 0 ? "no answer" : status.ToString())}";
                        run.Errors[key] = run.Errors.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => Client(i))));
        run.Elapsed = clock.Elapsed;
        sampling.Cancel();
        await sampler;
        return run;
    }
}
