using System.Diagnostics;
using System.Web;
using Search.Index.Analysis;
using Search.Index.Application;
using Search.Index.Searching;
using Search.Index.Storage;

namespace Search.Bench;

/// <summary>
/// `app-profile STORE LOG [rounds]`: the use cases behind a load log (written by `load --write-log`), run in this
/// process through the application layer the web app calls, without HTTP or page rendering: CPU time a request
/// by class, to tell the engine's share of a request from the web's.
/// </summary>
public static class AppProfile
{
    public static int Run(string[] args)
    {
        var directory = args[0];
        var log = File.ReadAllLines(args[1]).Select(l => l.Split('\t')).Select(p => new LogEntry(p[0], p[1])).ToList();
        int rounds = args.Length > 2 ? int.Parse(args[2]) : 2;
        using var store = ResolutionStore.Open(directory);
        using var engine = new SearchEngine(UnAnalysis.Instance);
        engine.Open(store, Path.Combine(directory, "lucene"));
        var app = new SearchApplication(store, engine);
        var semantic = Stopwatch.StartNew();
        _ = engine.Semantic;
        Console.WriteLine($"semantic ready in {semantic.Elapsed.TotalSeconds:0.0} s");
        for (int round = 0; round < rounds; round++)
        {
            foreach (var group in log.GroupBy(e => e.Class))
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                int n = 0;
                foreach (var entry in group.Take(200)) { Answer(app, entry.Path); n++; }
                var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                Console.WriteLine($"round {round} {group.Key,-16} {spent.TotalMilliseconds / n,7:0.00} ms CPU, {wall.Elapsed.TotalMilliseconds / n,7:0.00} ms wall a request");
            }
        }
        return 0;
    }

    static void Answer(SearchApplication app, string path)
    {
        int q = path.IndexOf('?');
        var route = q < 0 ? path : path[..q];
        var query = HttpUtility.ParseQueryString(q < 0 ? "" : path[(q + 1)..]);
        string[] All(string name) => query.GetValues(name) ?? [];
        if (route.StartsWith("/similar")) { app.Similar(new SimilarQuery { Id = query["id"] ?? "" }); return; }
        if (route.StartsWith("/resolutions/")) { app.Resolution(Uri.UnescapeDataString(route["/resolutions/".Length..]), query["lang"]); return; }
        app.Search(new SearchQuery
        {
            Query = query["q"] ?? "", Page = int.TryParse(query["page"], out var page) ? page : 1,
            Languages = All("lang"), Years = All("year"), Types = All("type"), Verbs = All("verb"),
        });
    }
}
