using System.Diagnostics;
using System.Text;
using Lucene.Net.Index;
using Search.Index.Analysis;
using Search.Index.Documents;
using Search.Index.Indexing;
using Search.Index.Searching;
using Search.Index.Storage;

namespace Search.Bench;

/// <summary>
/// kill -9 at random moments: processes that build the keyword index or update the store and the index are
/// killed (SIGKILL) after a random delay, and after each kill the index is opened as the app opens it at start
/// and compared with the store: the same generation, the same paragraphs, no duplicates,
/// every version the store holds searchable, no replaced version still found.
/// </summary>
public static class CrashBenchmark
{
    sealed record Round(int Number, string Phase, string Killed, int DelayMs, long GenerationBefore, long GenerationAfter, string NextOpen, double OpenSeconds, string Verdict, bool Recovered);

    const int AddedPerBatch = 3, ReplacedPerBatch = 1;

    public static int Run(string[] args)
    {
        int paragraphs = BenchProcesses.Option(args, "--paragraphs", 50_000);
        int seed = BenchProcesses.Option(args, "--seed", 7);
        int rounds = BenchProcesses.Option(args, "--rounds", 10);
        // --build-rounds 0 runs the update rounds alone (its section is written apart from the full run's).
        int buildRounds = BenchProcesses.Option(args, "--build-rounds", rounds);
        int loopBatches = BenchProcesses.Option(args, "--batches", 30);
        int cliFiles = BenchProcesses.Option(args, "--files", 6);
        var cli = BenchProcesses.BuiltAssembly("Search.Cli", "search");
        int stored = BenchProcesses.EnsureCorpusOnce(paragraphs, seed);

        // The rounds write to their store: a private copy, made again each run so that a run can be repeated.
        var work = Path.Combine(Path.GetTempPath(), $"search-bench-crash-{paragraphs}-{seed}");
        var updatesFolder = work + "-updates";
        BenchProcesses.CopyStore(SearchBenchmark.StoreDirectory(paragraphs, seed), work);
        if (Directory.Exists(updatesFolder)) Directory.Delete(updatesFolder, recursive: true);
        var indexFolder = Path.Combine(work, LuceneIndex.FolderName);

        var random = new Random(seed);
        var updates = new MarkedUpdates(seed + 1);
        var results = new List<Round>();
        var seenMarkers = new HashSet<string>();
        long nextMarker = 0;
        using var store = ResolutionStore.Open(work);

        // Each kind of process is first run to its end once: its delays are drawn within that time.
        Console.WriteLine("calibrating: one full build, one update loop, one CLI run, each not killed");
        DeleteIndex(indexFolder);
        var buildMs = RunChild(["build", work], killAfterMs: null).Ms;
        Check(store, indexFolder, seenMarkers, "after the calibration build");
        var loopMs = RunChild(["update", work, (seed + 2).ToString(), loopBatches.ToString(), (nextMarker += 100_000).ToString()], killAfterMs: null).Ms;
        Check(store, indexFolder, seenMarkers, "after the calibration update loop");
        var cliMs = Cli(cli, WriteUpdateFiles(updates, random, store, updatesFolder, "calibration", cliFiles, ref nextMarker), work, killAfterMs: null).Ms;
        Check(store, indexFolder, seenMarkers, "after the calibration CLI run");
        Console.WriteLine($"full build {buildMs:N0} ms after the child was ready; update loop of {loopBatches} batches {loopMs:N0} ms; CLI run with {cliFiles} files {cliMs:N0} ms from start");

        int repeated = 0;
        for (int r = rounds - buildRounds; r < 2 * rounds; r++)
        {
            bool building = r < rounds;
            // A process that ends before its kill (the machine was quicker than in calibration) is not a crash:
            // it is checked like any other, and the round is run again with a new delay, at most three times.
            for (int attempt = 1; ; attempt++)
            {
                long before = store.Generation;
                (bool Killed, double Ms, string Tail) run;
                string what;
                int delay;
                if (building)
                {
                    // A full build from nothing: the folder is deleted first.
                    DeleteIndex(indexFolder);
                    delay = Delay(random, buildMs);
                    what = "build (child)";
                    run = RunChild(["build", work], delay);
                }
                else if (r % 2 == 0)
                {
                    delay = Delay(random, loopMs);
                    what = $"update loop (child, {loopBatches} batches of store write + index catch-up)";
                    run = RunChild(["update", work, (seed + 10 * r + attempt).ToString(), loopBatches.ToString(), (nextMarker += 100_000).ToString()], delay);
                }
                else
                {
                    var files = WriteUpdateFiles(updates, random, store, updatesFolder, $"round{r + 1}-{attempt}", cliFiles, ref nextMarker);
                    delay = Delay(random, cliMs);
                    what = $"CLI `index` of {cliFiles} files";
                    run = Cli(cli, files, work, delay);
                }
                long after = store.Generation;
                var (recovered, action, openSeconds, verdict) = Verify(store, indexFolder, seenMarkers);
                bool last = run.Killed || attempt == 3;
                Console.WriteLine($"round {r + 1,2} {(building ? "build" : "update"),-6} kill after {delay,6:N0} ms: {(run.Killed ? "killed" : "ended before the kill")}; store {before} -> {after}; next open: {action} ({openSeconds:0.00} s): {verdict}");
                if (!recovered && run.Tail.Length > 0) Console.WriteLine("  last output of the killed process: " + run.Tail);
                if (!run.Killed)
                {
                    // The machine is quicker now than in calibration: the next delays are drawn within this run's time.
                    if (building) buildMs = run.Ms;
                    else if (r % 2 == 0) loopMs = run.Ms;
                    else cliMs = run.Ms;
                }
                if (!last)
                {
                    if (!recovered) results.Add(new Round(r + 1, building ? "build" : "update", what + ", ended before the kill", delay, before, after, action, openSeconds, verdict, false));
                    repeated++;
                    continue;
                }
                results.Add(new Round(r + 1, building ? "build" : "update", run.Killed ? what : what + ", ended before the kill", delay, before, after, action, openSeconds, verdict, recovered));
                break;
            }
        }

        int recoveredCount = results.Count(x => x.Recovered);
        int killedCount = results.Count(x => !x.Killed.EndsWith("ended before the kill"));
        Console.WriteLine($"{recoveredCount} of {results.Count} recovered ({killedCount} processes killed before they ended; {repeated} runs ended before their kill and were repeated)");
        Write(results, paragraphs, stored, seed, rounds, loopBatches, cliFiles, buildMs, loopMs, cliMs, seenMarkers.Count, repeated);
        return recoveredCount == results.Count ? 0 : 1;
    }

    static int Delay(Random random, double fullMs) => (int)(fullMs * (0.03 + 0.82 * random.NextDouble()));

    static void DeleteIndex(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    /// <summary>Runs this benchmark's own child mode; the delay counts from when the child says it is ready (its runtime has started).</summary>
    static (bool Killed, double Ms, string Tail) RunChild(string[] args, int? killAfterMs)
    {
        var ready = new ManualResetEventSlim();
        var tail = new Queue<string>();
        using var process = BenchProcesses.Start(Environment.ProcessPath!, ["crash-child", .. args], onLine: line =>
        {
            lock (tail) { tail.Enqueue(line); if (tail.Count > 3) tail.Dequeue(); }
            if (line == "ready") ready.Set();
        });
        while (!ready.Wait(20) && !process.HasExited) { }
        return KillAfter(process, killAfterMs, tail, args[0]);
    }

    static (bool Killed, double Ms, string Tail) Cli(string cli, string files, string store, int? killAfterMs)
    {
        var tail = new Queue<string>();
        using var process = BenchProcesses.StartDotnet(cli, ["index", files, "--index", store, "--json"], onLine: line =>
        {
            lock (tail) { tail.Enqueue(line); if (tail.Count > 3) tail.Dequeue(); }
        });
        return KillAfter(process, killAfterMs, tail, "CLI index");
    }

    static (bool Killed, double Ms, string Tail) KillAfter(Process process, int? killAfterMs, Queue<string> tail, string what)
    {
        var clock = Stopwatch.StartNew();
        bool killed = false;
        if (killAfterMs is { } delay && !process.WaitForExit(delay))
        {
            process.Kill(); // SIGKILL on Linux: nothing in the process runs after it
            killed = true;
        }
        process.WaitForExit();
        var ms = clock.Elapsed.TotalMilliseconds;
        string last;
        lock (tail) last = string.Join(" | ", tail);
        if (!killed && process.ExitCode != 0)
            throw new InvalidOperationException($"{what} ended with exit code {process.ExitCode}: {last}");
        return (killed, ms, last);
    }

    /// <summary>A folder of JSON Lines files, each a few new versions and one replacement, for the CLI to read in a row.</summary>
    static string WriteUpdateFiles(MarkedUpdates updates, Random random, ResolutionStore store, string root, string name, int files, ref long nextMarker)
    {
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        var existing = store.List().Select(v => (v.Symbol, v.Language)).ToList();
        nextMarker += 100_000;
        for (int f = 0; f < files; f++)
            MarkedUpdates.WriteJsonLines(Path.Combine(folder, $"updates-{f:00}.jsonl"), updates.Batch(random, existing, AddedPerBatch, ReplacedPerBatch, ref nextMarker));
        return folder;
    }

    static void Check(ResolutionStore store, string folder, HashSet<string> seenMarkers, string when)
    {
        var (recovered, action, _, verdict) = Verify(store, folder, seenMarkers);
        if (!recovered) throw new InvalidOperationException($"the index disagrees with the store {when}, before any kill ({action}): {verdict}");
    }

    /// <summary>
    /// Opens the index as the app does at start, then compares it with the store. Markers found in the store
    /// are added to <paramref name="seenMarkers"/>; those seen before and gone from the store belonged to replaced versions.
    /// </summary>
    static (bool Recovered, string Action, double OpenSeconds, string Verdict) Verify(ResolutionStore store, string folder, HashSet<string> seenMarkers)
    {
        var clock = Stopwatch.StartNew();
        LuceneIndex index;
        try
        {
            index = LuceneIndex.Open(folder, store, UnAnalysis.Instance);
        }
        catch (Exception e)
        {
            return (false, $"failed: {e.GetType().Name}: {e.Message}", clock.Elapsed.TotalSeconds, "did not open");
        }
        double openSeconds = clock.Elapsed.TotalSeconds;
        using (index)
        {
            var action = index.LastAction.Length == 0 ? "opened as it was" : index.LastAction;
            var problems = new List<string>();
            if (!index.IsOwner) problems.Add("not owned by the process that opened it");
            long generation = store.Generation;
            if (index.Generation != generation) problems.Add($"index generation {index.Generation}, store {generation}");
            if (Directory.Exists(folder + "-parts")) problems.Add("the parts of a killed build were left beside the index");

            var stored = store.ReadParagraphs();
            var expected = new HashSet<string>(stored.Count);
            var inStore = new Dictionary<string, int>();
            for (int p = 0; p < stored.Count; p++)
            {
                var resolution = stored.Resolutions[stored.ResolutionOf[p]];
                var text = stored.Text(p);
                expected.Add(Paragraph.IdOf(resolution.Symbol, resolution.Language, stored.Keys[p]));
                foreach (System.Text.RegularExpressions.Match m in MarkedUpdates.MarkerPattern().Matches(text))
                    inStore[m.Value] = inStore.GetValueOrDefault(m.Value) + 1;
            }

            var searcher = index.Acquire();
            try
            {
                var seen = new HashSet<string>(expected.Count);
                int duplicates = 0, extra = 0;
                foreach (var id in IndexSchema.LiveParagraphIds(searcher.IndexReader))
                {
                    if (!seen.Add(id)) duplicates++;
                    else if (!expected.Contains(id)) extra++;
                }
                int missing = expected.Count(id => !seen.Contains(id));
                if (duplicates > 0) problems.Add($"{duplicates} duplicate paragraphs");
                if (missing > 0) problems.Add($"{missing} paragraphs of the store missing");
                if (extra > 0) problems.Add($"{extra} paragraphs the store does not hold");

                var search = new Searcher(searcher, UnAnalysis.Instance, store);
                int Found(string word) => search.Search(new SearchRequest { Query = word, Limit = 1, Translations = false }).Total;
                int unsearchable = inStore.Count(m => Found(m.Key) != m.Value);
                int stale = seenMarkers.Where(m => !inStore.ContainsKey(m)).Count(m => Found(m) != 0);
                if (unsearchable > 0) problems.Add($"{unsearchable} of {inStore.Count} updated versions not found by their word");
                if (stale > 0) problems.Add($"{stale} replaced versions still found");
                seenMarkers.UnionWith(inStore.Keys);
                var verdict = problems.Count == 0
                    ? $"consistent: {seen.Count:N0} paragraphs = the store's, {inStore.Count:N0} updated versions found by their word"
                    : "INCONSISTENT: " + string.Join("; ", problems);
                return (problems.Count == 0, action, openSeconds, verdict);
            }
            finally { index.Release(searcher); }
        }
    }

    /// <summary>`crash-child build DIR` or `crash-child update DIR SEED BATCHES FIRST-MARKER`: the processes that get killed.</summary>
    public static int Child(string[] args)
    {
        var directory = args[1];
        using var store = ResolutionStore.Open(directory);
        var folder = Path.Combine(directory, LuceneIndex.FolderName);
        if (args[0] == "build")
        {
            Console.WriteLine("ready");
            using var built = LuceneIndex.Open(folder, store, UnAnalysis.Instance);
            Console.WriteLine($"done: {built.LastAction}");
            return built.IsOwner ? 0 : 1;
        }
        int seed = int.Parse(args[2]), batches = int.Parse(args[3]);
        long marker = long.Parse(args[4]);
        var updates = new MarkedUpdates(seed);
        var random = new Random(seed);
        var existing = store.List().Select(v => (v.Symbol, v.Language)).ToList();
        using var index = LuceneIndex.Open(folder, store, UnAnalysis.Instance);
        if (!index.IsOwner) { Console.WriteLine("the index is owned by another process"); return 1; }
        Console.WriteLine("ready");
        for (int b = 0; b < batches; b++)
        {
            store.Replace(updates.Batch(random, existing, AddedPerBatch, ReplacedPerBatch, ref marker));
            index.CatchUp(store);
            Console.WriteLine($"batch {b + 1}: {index.LastAction}");
        }
        Console.WriteLine("done");
        return 0;
    }

    static void Write(List<Round> results, int paragraphs, int stored, int seed, int rounds, int loopBatches, int cliFiles, double buildMs, double loopMs, double cliMs, int markers, int repeated)
    {
        int recovered = results.Count(r => r.Recovered);
        int killed = results.Count(r => !r.Killed.EndsWith("ended before the kill"));
        var table = new StringBuilder("| round | phase | process killed | delay | store generation before → after | what the next open did | open | verdict |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var r in results)
            table.Append($"| {r.Number} | {r.Phase} | {r.Killed} | {r.DelayMs:N0} ms | {r.GenerationBefore} → {r.GenerationAfter} | {r.NextOpen} | {r.OpenSeconds:0.00} s | {r.Verdict} |\n");
        ResultsFile.WriteSection(results.Any(r => r.Phase == "build") ? "Crash recovery (kill -9)" : "Crash recovery (kill -9), update rounds only", $"""
            Machine: {ResultsFile.Machine()}. Command: `dotnet run -c Release --project bench/Search.Bench -- crash --paragraphs {paragraphs} --rounds {rounds}{(results.Any(r => r.Phase == "build") ? "" : " --build-rounds 0")}`
            (needs `dotnet build Search.sln -c Release` first: update rounds run the built CLI). Load average (1 minute) of the shared
            machine when the report was written: {BenchProcesses.LoadAverage()}.

            **{recovered} of {results.Count} recovered** (goal: 20 of 20), {killed} of the processes killed before they ended.

            A private copy of the generated store ({stored:N0} paragraphs, seed {seed}). {results.Where(r => r.Phase == "build").Select(r => r.Number).Distinct().Count()} rounds kill a process building the keyword
            index from nothing (the index folder deleted first); {rounds} rounds kill a process updating store and index: in turn a loop of
            {loopBatches} batches ({AddedPerBatch} new versions and {ReplacedPerBatch} replacement each: one store commit, then the index caught up and
            committed) and the CLI's `index` command reading {cliFiles} JSON Lines files in a row (one store commit a file, then the index caught up).
            Each process is killed with SIGKILL after a delay drawn (seeded) from 3-85 % of the time the same process took run to its end once:
            build {buildMs:N0} ms from the child's start-up, update loop {loopMs:N0} ms, CLI {cliMs:N0} ms from launch (the last of these times,
            see below). A run that ended before its kill (the shared machine was quicker than in calibration) was checked too, its time
            became the new calibration, and its round was run again with a new delay ({repeated} such runs, all consistent unless a row
            below says otherwise); a round counts once, for its killed run.

            After each kill the index is opened as the app opens it at start (`LuceneIndex.Open`), then compared with the store: the index's
            generation equals the store's; the live Lucene documents are exactly the store's paragraphs (symbol, language and clause key from their doc values; no duplicates); every
            version written by the updates that the store holds is found by its own made-up word, and no replaced version is found any more
            ({markers:N0} such words over the run).

            {table}
            """);
    }
}
