using System.Diagnostics;
using Search.Index.Analysis;
using Search.Index.Indexing;
using Search.Index.Searching;
using Search.Index.Storage;

namespace Search.Bench;

/// <summary>
/// `query-profile DIR [runs] [class]`: the saved query mix of a search benchmark store, each query run many times, with
/// the fastest run per class as well as the median: on a busy machine the fastest run is the closest to the
/// query's own cost.
/// </summary>
public static class QueryProfile
{
    public static int Run(string[] args)
    {
        var directory = args[0];
        int runs = args.Length > 1 ? int.Parse(args[1]) : 15;
        var only = args.Length > 2 ? args[2] : null; // one class of the mix, e.g. "prefix"
        using var store = ResolutionStore.Open(directory);
        var clock = Stopwatch.StartNew();
        using var index = LuceneIndex.Open(Path.Combine(directory, LuceneIndex.FolderName), store, UnAnalysis.Instance);
        Console.WriteLine($"open {clock.Elapsed.TotalSeconds:0.000} s {index.LastAction}");
        var lines = File.ReadAllLines(Path.Combine(directory, "queries.txt"));
        var byClass = new Dictionary<string, (List<double> Min, List<double> Median)>();
        foreach (var (text, i) in lines.Select((t, i) => (t, i)))
        {
            if (only is not null && Classify(text) != only) continue;
            var samples = new List<double>();
            for (int r = 0; r < runs; r++)
            {
                var t = Stopwatch.StartNew();
                var searcher = index.Acquire();
                try { new Searcher(searcher, UnAnalysis.Instance, store).Search(new SearchRequest { Query = text, Limit = 10 }); }
                finally { index.Release(searcher); }
                samples.Add(t.Elapsed.TotalMilliseconds);
            }
            samples.Sort();
            var name = Classify(text);
            if (!byClass.TryGetValue(name, out var lists)) byClass[name] = lists = ([], []);
            lists.Min.Add(samples[0]);
            lists.Median.Add(samples[samples.Count / 2]);
        }
        foreach (var (name, (min, median)) in byClass)
        {
            min.Sort(); median.Sort();
            Console.WriteLine($"{name,-14} fastest-run p50 {min[min.Count / 2],7:0.00} p95 {min[(int)(min.Count * 0.95)],7:0.00} max {min[^1],7:0.00}   median-run p50 {median[median.Count / 2],7:0.00} p95 {median[(int)(median.Count * 0.95)],7:0.00}");
        }
        return 0;
    }

    static string Classify(string q) => q.StartsWith("year:") ? "browse" : q.EndsWith('*') ? "prefix" : q.StartsWith('"') ? "phrase" : q.Contains("year:") ? "filtered" : q.Count(c => c == ' ') switch { 0 => "one word", 1 => "two words", _ => "three words" };
}
