using System.Diagnostics;
using System.Net;
using System.Text;
using Search.Index.Storage;

namespace Search.Bench;

/// <summary>
/// The web app under load: started as its own process on the generated store, driven over loopback by
/// concurrent clients that replay a mixed log of page requests, bounded in time and in count. Reports
/// requests per second, latency percentiles, errors and the app's memory over the run.
/// </summary>
public static class LoadBenchmark
{
    public static async Task<int> Run(string[] args)
    {
        int paragraphs = Options.Int(args, "--paragraphs", 1_000_000);
        int seed = Options.Int(args, "--seed", 7);
        int clients = Options.Int(args, "--clients", 16);
        int seconds = Options.Int(args, "--seconds", 60);
        int warmupSeconds = Options.Int(args, "--warmup", 10);
        int maxRequests = Options.Int(args, "--requests", 2_000_000);
        bool write = !args.Contains("--no-write");
        int cacheMegabytes = Options.Int(args, "--response-cache", 256);

        var web = WebAppProcess.BuildOutput();
        if (web is null && !args.Contains("--prepare"))
        {
            Console.Error.WriteLine("build the web app first: dotnet build src/Search.Web -c Release");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var directory = LoadStore.Ensure(paragraphs, seed);
        Console.WriteLine($"store: {directory} ready in {clock.Elapsed.TotalSeconds:0} s");
        if (args.Contains("--prepare")) return 0; // only generate the store, e.g. ahead of a measurement

        List<LogEntry> log;
        using (var store = ResolutionStore.Open(directory)) log = QueryLog.Build(store, seed);
        Console.WriteLine($"query log: {log.Count:N0} requests, " + string.Join(", ", log.GroupBy(e => e.Class).Select(g => $"{g.Key} {g.Count()}")));
        if (Options.Text(args, "--write-log") is { } logFile)
        {
            // The log as replayed, one "class<TAB>path" a line, to profile one class at a time by hand.
            File.WriteAllLines(logFile, log.Select(e => e.Class + "\t" + e.Path));
            return 0;
        }

        clock.Restart();
        await using var app = await WebAppProcess.Start(web!, directory, new() { ["Search__ResponseCacheMegabytes"] = cacheMegabytes.ToString() });
        Console.WriteLine($"web app: ready in {clock.Elapsed.TotalSeconds:0} s at {app.BaseUrl} (pid {app.ProcessId})");

        using var http = LoadDriver.Client(clients);
        // The semantic model is made in the background at start; similar clauses wait for it, so the measured
        // run starts after the first answer.
        clock.Restart();
        var similar = log.First(e => e.Class == "similar clauses");
        await LoadDriver.WaitForOk(http, app.BaseUrl + similar.Path, TimeSpan.FromMinutes(20));
        Console.WriteLine($"similar clauses ready after {clock.Elapsed.TotalSeconds:0} s more");

        Console.WriteLine($"warm-up: {warmupSeconds} s with {clients} clients");
        await LoadDriver.Drive(http, app.BaseUrl, log, clients, TimeSpan.FromSeconds(warmupSeconds), maxRequests, seed + 1, memory: null);

        Console.WriteLine($"measured run: {seconds} s or {maxRequests:N0} requests with {clients} clients");
        var memory = new MemorySampler(app.ProcessId);
        var run = await LoadDriver.Drive(http, app.BaseUrl, log, clients, TimeSpan.FromSeconds(seconds), maxRequests, seed + 2, memory);

        var report = LoadReport.Format(run, memory, paragraphs, seed, clients, seconds, warmupSeconds, maxRequests, cacheMegabytes, string.Join(' ', args));
        Console.WriteLine(report);
        if (write) ResultsFile.WriteSection($"Web app under load at {paragraphs:N0} paragraphs, {seconds} s, response cache {(cacheMegabytes > 0 ? "on" : "off")}", report);
        return run.Errors.Count == 0 ? 0 : 1;
    }
}

/// <summary>Command-line options of the benchmarks: "--name value".</summary>
static class Options
{
    public static int Int(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }

    public static string? Text(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
