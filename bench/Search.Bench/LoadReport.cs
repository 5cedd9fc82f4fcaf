using System.Text;

namespace Search.Bench;

/// <summary>The load benchmark's section of bench/RESULTS.md.</summary>
public static class LoadReport
{
    public static string Format(LoadRun run, MemorySampler memory, int paragraphs, int seed, int clients, int seconds, int warmup, int maxRequests, int cacheMegabytes, string arguments)
    {
        var text = new StringBuilder();
        double perSecond = run.Requests / run.Elapsed.TotalSeconds;
        var (start, end, peak) = memory.Summary();
        static string Mb(long bytes) => $"{bytes / 1048576.0:N0} MB";

        text.AppendLine($"Machine: {ResultsFile.Machine()}.");
        text.AppendLine($"The web app (Release build, Production settings, own process) on the generated store of {paragraphs:N0} paragraphs (seed {seed}),");
        text.AppendLine($"driven over loopback by {clients} concurrent clients in a closed loop (the clients run on the same 2 cores), replaying a mixed");
        text.AppendLine($"log drawn from the store; {warmup} s of warm-up, then {seconds} s or {maxRequests:N0} requests, whichever comes first.");
        text.AppendLine(cacheMegabytes > 0
            ? $"The app's response cache holds up to {cacheMegabytes} MB of answers (keyed by URL and index snapshot); the log has {run.DistinctPaths:N0} distinct URLs, so after the first pass most answers come from memory."
            : "The app's response cache is off (Search:ResponseCacheMegabytes=0): every request is searched and rendered.");
        text.AppendLine($"Command: `dotnet build src/Search.Web -c Release && dotnet run -c Release --project bench/Search.Bench -- load {arguments}`.");
        text.AppendLine();
        text.AppendLine("| measure | figure | goal |");
        text.AppendLine("| --- | --- | --- |");
        text.AppendLine($"| requests | {run.Requests:N0} in {run.Elapsed.TotalSeconds:0.0} s | |");
        text.AppendLine($"| requests/s | {perSecond:N0} | ≥ 1,500: {(perSecond >= 1500 ? "met" : "missed")} |");
        text.AppendLine($"| latency p50 / p95 / p99 | {run.All.Percentile(50):0.0} / {run.All.Percentile(95):0.0} / {run.All.Percentile(99):0.0} ms | p99 ≤ 50 ms: {(run.All.Percentile(99) <= 50 ? "met" : "missed")} |");
        text.AppendLine($"| errors | {run.Errors.Values.Sum():N0}{(run.Errors.Count == 0 ? "" : " (" + string.Join(", ", run.Errors.Select(e => $"{e.Key} ×{e.Value}")) + ")")} | 0: {(run.Errors.Count == 0 ? "met" : "missed")} |");
        int fromCache = run.FromCache.Values.Sum();
        text.AppendLine($"| answered from the response cache | {fromCache:N0} ({100.0 * fromCache / Math.Max(1, run.All.Count):0} %) | |");
        int minutes = (int)(run.Elapsed.TotalSeconds / 60);
        if (minutes > 1)
            text.AppendLine($"| requests/s minute by minute | {string.Join(", ", run.PerMinute.Take(minutes).Select(c => (c / 60.0).ToString("N0")))} | |");
        text.AppendLine($"| app resident memory, first fifth → last fifth of the run (peak) | {Mb(start)} → {Mb(end)} ({(end - start) / 1048576.0:+0;-0} MB; peak {Mb(peak)}) | no growth |");
        if (memory.FileBackedSummary() is var (fileStart, fileEnd))
            text.AppendLine($"| of which file-backed (the memory-mapped index and libraries), first fifth → last fifth | {Mb(fileStart)} → {Mb(fileEnd)} ({(fileEnd - fileStart) / 1048576.0:+0;-0} MB) | |");
        text.AppendLine();
        text.AppendLine("| request class | share | from cache | p50 ms | p95 ms | p99 ms |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var (cls, latency) in run.ByClass.OrderBy(c => c.Key))
            text.AppendLine($"| {cls} | {100.0 * latency.Count / run.All.Count:0} % | {100.0 * run.FromCache.GetValueOrDefault(cls) / latency.Count:0} % | {latency.Percentile(50):0.0} | {latency.Percentile(95):0.0} | {latency.Percentile(99):0.0} |");
        return text.ToString();
    }
}
