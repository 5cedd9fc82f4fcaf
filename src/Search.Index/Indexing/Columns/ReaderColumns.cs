using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Index.Paragraphs;

namespace Search.Index.Indexing.Columns;

/// <summary>
/// The columns of one point-in-time reader, indexed by its document numbers: the segments' columns laid end to
/// end, which documents are live, and the alignment ring of each clause across languages over the live ones.
/// </summary>
public sealed class ReaderColumns : DocColumns
{
    public required int[] KeyIds { get; init; }
    public required string[] Keys { get; init; }
    /// <summary>One bit a document: set when it has not been deleted (replaced).</summary>
    public required ulong[] Live { get; init; }
    public required int LiveCount { get; init; }

    public override bool IsLive(int doc) => (Live[doc >> 6] & (1UL << doc)) != 0;

    BrowseOrder? _browse;

    /// <summary>Made on the first browse of this reader; a race makes it twice, harmlessly.</summary>
    public BrowseOrder Browse => _browse ??= BrowseOrder.Build(this);

    ParagraphLookup? _lookup;

    /// <summary>The reader's segments and where each begins: its facet groups are theirs, combined.</summary>
    (SegmentColumns Columns, int FirstDoc)[] Segments { get; init; } = [];

    protected override FacetGroups GroupFacets() => Segments.Length == 1
        ? Segments[0].Columns.Groups
        : FacetGroups.Combine([.. Segments.Select(s => (s.Columns.Groups, s.FirstDoc))], Count);

    /// <summary>Made on the first search by meaning on this reader; a race makes it twice, harmlessly.</summary>
    public ParagraphLookup Lookup => _lookup ??= new ParagraphLookup(this);

    // Runs once when a process opens the index, over every document: compiled optimized at once rather than first
    // as quick unoptimized code, which a fresh process would spend most of its open time in.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static ReaderColumns Build(IndexReader reader, ColumnDictionaries dictionaries, string? columnFolder = null)
    {
        if (reader.Leaves.Count == 1) return OfOneSegment(reader.Leaves[0].AtomicReader, dictionaries, columnFolder);
        int n = reader.MaxDoc;
        var symbolIds = new int[n];
        var languageIds = new byte[n];
        var keyIds = new int[n];
        var sessions = new short[n];
        var years = new short[n];
        var dates = new int[n];
        var types = new byte[n];
        var verbIds = new int[n];
        var live = new ulong[(n + 63) / 64];
        int liveCount = 0;
        // Segments not read yet (a fresh process) are read on every core; each is then copied in order.
        var bySegment = new SegmentColumns[reader.Leaves.Count];
        Parallel.For(0, bySegment.Length, i => bySegment[i] = SegmentColumns.For(reader.Leaves[i].AtomicReader, dictionaries, columnFolder));
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var columns = bySegment[leaf.Ord];
            int at = leaf.DocBase, count = columns.MaxDoc;
            columns.SymbolIds.CopyTo(symbolIds, at);
            columns.LanguageIds.CopyTo(languageIds, at);
            columns.KeyIds.CopyTo(keyIds, at);
            columns.Sessions.CopyTo(sessions, at);
            columns.Years.CopyTo(years, at);
            columns.Dates.CopyTo(dates, at);
            columns.Types.CopyTo(types, at);
            columns.VerbIds.CopyTo(verbIds, at);
            IBits? liveDocs = segment.LiveDocs;
            for (int d = 0; d < count; d++)
            {
                if (liveDocs is not null && !liveDocs.Get(d)) continue;
                int doc = at + d;
                live[doc >> 6] |= 1UL << doc;
                liveCount++;
            }
        }
        return new ReaderColumns
        {
            Count = n,
            SymbolIds = symbolIds, Symbols = dictionaries.Symbols.Snapshot(),
            LanguageIds = languageIds, Languages = dictionaries.Languages.Snapshot(),
            KeyIds = keyIds, Keys = dictionaries.Keys.Snapshot(),
            Sessions = sessions, Years = years, Dates = dates, Types = types,
            VerbIds = verbIds, Verbs = dictionaries.Verbs.Snapshot(),
            AlignedNext = AlignmentRing.Link(symbolIds, keyIds, live),
            Live = live, LiveCount = liveCount,
            Segments = [.. reader.Leaves.Select(leaf => (bySegment[leaf.Ord], leaf.DocBase))],
        };
    }

    /// <summary>One segment (a fresh build): its columns are the reader's, shared rather than copied, as neither changes.</summary>
    // Runs once when a process opens the index, over every document: compiled optimized at once rather than first
    // as quick unoptimized code, which a fresh process would spend most of its open time in.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    static ReaderColumns OfOneSegment(AtomicReader segment, ColumnDictionaries dictionaries, string? columnFolder)
    {
        var columns = SegmentColumns.For(segment, dictionaries, columnFolder);
        int n = columns.MaxDoc;
        var live = new ulong[(n + 63) / 64];
        int liveCount = 0;
        IBits? liveDocs = segment.LiveDocs;
        for (int d = 0; d < n; d++)
        {
            if (liveDocs is not null && !liveDocs.Get(d)) continue;
            live[d >> 6] |= 1UL << d;
            liveCount++;
        }
        return new ReaderColumns
        {
            Count = n,
            SymbolIds = columns.SymbolIds, Symbols = dictionaries.Symbols.Snapshot(),
            LanguageIds = columns.LanguageIds, Languages = dictionaries.Languages.Snapshot(),
            KeyIds = columns.KeyIds, Keys = dictionaries.Keys.Snapshot(),
            Sessions = columns.Sessions, Years = columns.Years, Dates = columns.Dates, Types = columns.Types,
            VerbIds = columns.VerbIds, Verbs = dictionaries.Verbs.Snapshot(),
            AlignedNext = AlignmentRing.Link(columns.SymbolIds, columns.KeyIds, live),
            Live = live, LiveCount = liveCount,
            Segments = [(columns, 0)],
        };
    }
}
