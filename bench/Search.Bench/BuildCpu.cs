using System.Diagnostics;
using Search.Index.Analysis;
using Search.Index.Indexing;
using Search.Index.Storage;

namespace Search.Bench;

/// <summary>
/// `build-cpu DIR [rounds]`: the full build as the app does it when the index is missing (the index folder beside
/// the store is deleted first), measured in CPU-seconds of this process rather than wall time, so that figures
/// taken on a shared machine compare. Reading the store alone is measured first, to tell it apart.
/// </summary>
public static class BuildCpu
{
    public static int Run(string[] args)
    {
        var directory = args[0];
        int rounds = args.Length > 1 ? int.Parse(args[1]) : 1;
        var indexFolder = Path.Combine(directory, LuceneIndex.FolderName);
        using var store = ResolutionStore.Open(directory);
        for (int round = 0; round < rounds; round++)
        {
            foreach (var folder in new[] { indexFolder, indexFolder + "-columns" })
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var read = store.ReadParagraphs();
            process.Refresh();
            var readCpu = process.TotalProcessorTime - cpu;
            int count = read.Count;
            read = null;
            GC.Collect();
            int gcs = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
            var pause = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            process.Refresh();
            cpu = process.TotalProcessorTime;
            using (var index = LuceneIndex.Open(indexFolder, store, UnAnalysis.Instance))
            {
                process.Refresh();
                var buildCpu = process.TotalProcessorTime - cpu;
                long bytes = Directory.GetFiles(indexFolder).Sum(f => new FileInfo(f).Length);
                Console.WriteLine($"{count:N0} paragraphs: build {buildCpu.TotalSeconds:0.00} CPU-s ({buildCpu.TotalSeconds / count * 1e6:0.0} CPU-s per million), " +
                    $"{clock.Elapsed.TotalSeconds:0.00} s wall, reading the store alone {readCpu.TotalSeconds:0.00} CPU-s; " +
                    $"GCs {GC.CollectionCount(0) - gcs} (gen2 {GC.CollectionCount(2) - gen2}), pauses {(GC.GetTotalPauseDuration() - pause).TotalSeconds:0.00} s; " +
                    $"{bytes / 1e6:0.0} MB, {Directory.GetFiles(indexFolder, "*.si").Length} segments; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}; {index.LastAction}");
            }
        }
        return 0;
    }
}
