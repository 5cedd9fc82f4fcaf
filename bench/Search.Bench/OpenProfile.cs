using System.Diagnostics;
using Search.Index.Analysis;
using Search.Index.Indexing;
using Search.Index.Indexing.Columns;
using Search.Index.Storage;

namespace Search.Bench;

/// <summary>`open-profile DIR`: where opening the index spends its time.</summary>
public static class OpenProfile
{
    public static int Run(string[] args)
    {
        var clock = Stopwatch.StartNew();
        using var store = ResolutionStore.Open(args[0]);
        Console.WriteLine($"store open {clock.Elapsed.TotalMilliseconds:0} ms");
        clock.Restart();
        var count = store.ParagraphCount();
        Console.WriteLine($"paragraph count {count:N0}: {clock.Elapsed.TotalMilliseconds:0} ms");
        clock.Restart();
        using var directory = Lucene.Net.Store.FSDirectory.Open(Path.Combine(args[0], LuceneIndex.FolderName));
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        Console.WriteLine($"reader open ({reader.Leaves.Count} segments): {clock.Elapsed.TotalMilliseconds:0} ms");
        clock.Restart();
        foreach (var leaf in reader.Leaves)
        {
            var name = SegmentColumns.FileName(leaf.AtomicReader);
            var raw = name is null ? null : SegmentColumnFile.TryRead(Path.Combine(args[0], LuceneIndex.FolderName + "-columns", name), leaf.AtomicReader.MaxDoc, 4);
            Console.WriteLine($"  column file of {leaf.AtomicReader.MaxDoc:N0} documents read: {clock.Elapsed.TotalMilliseconds:0} ms ({(raw is null ? "missing" : "ok")})");
            clock.Restart();
        }
        clock.Restart();
        var columns = ReaderColumns.Build(reader, new ColumnDictionaries(UnAnalysis.Instance.Languages), Path.Combine(args[0], LuceneIndex.FolderName + "-columns"));
        Console.WriteLine($"columns: {clock.Elapsed.TotalMilliseconds:0} ms");
        clock.Restart();
        columns = ReaderColumns.Build(reader, new ColumnDictionaries(UnAnalysis.Instance.Languages));
        Console.WriteLine($"columns again, segments cached: {clock.Elapsed.TotalMilliseconds:0} ms");
        clock.Restart();
        Search.Index.Paragraphs.AlignmentRing.Link(columns.SymbolIds, columns.KeyIds, columns.Live);
        Console.WriteLine($"alignment ring again: {clock.Elapsed.TotalMilliseconds:0} ms");
        clock.Restart();
        var browse = columns.Browse;
        Console.WriteLine($"browse order: {clock.Elapsed.TotalMilliseconds:0} ms, {browse.LiveInGroup.Length} groups");
        return 0;
    }
}
