using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Index.Paragraphs;

namespace Search.Index.Indexing.Columns;

/// <summary>
/// One segment's doc values as plain arrays. A segment never changes, so its columns are read once and shared by
/// every reader that holds it; after an update only the new segment is read.
/// </summary>
public sealed class SegmentColumns
{
    public required int MaxDoc { get; init; }
    public required int[] SymbolIds { get; init; }
    public required byte[] LanguageIds { get; init; }
    public required int[] KeyIds { get; init; }
    public required short[] Sessions { get; init; }
    public required short[] Years { get; init; }
    public required int[] Dates { get; init; }
    public required byte[] Types { get; init; }
    public required int[] VerbIds { get; init; }

    FacetGroups? _groups;

    /// <summary>The segment's documents grouped by facet values, made when a reader holding it first counts facets; a race makes it twice, harmlessly.</summary>
    public FacetGroups Groups => _groups ??= FacetGroups.Build(LanguageIds, Sessions, Years, Types, VerbIds);

    static readonly ConditionalWeakTable<object, SegmentColumns> Cache = new();
    static readonly string[] TextFields = [IndexSchema.Symbol, IndexSchema.Language, IndexSchema.Key, IndexSchema.Verb];

    /// <summary>The segment's columns: from memory, else from the file in <paramref name="folder"/>, else from its doc values (then kept in that file).</summary>
    public static SegmentColumns For(AtomicReader segment, ColumnDictionaries dictionaries, string? folder) =>
        Cache.GetValue(segment.CoreCacheKey, _ => Read(segment, dictionaries, folder));

    /// <summary>The name of a segment's column file: it changes whenever the segment could differ.</summary>
    public static string? FileName(AtomicReader segment) => segment is SegmentReader { SegmentInfo.Info: var info } ? FileName(info) : null;

    static string? FileName(SegmentInfo info) =>
        info.Diagnostics is { } diagnostics && diagnostics.TryGetValue("timestamp", out var timestamp)
            ? $"{info.Name}-{info.DocCount}-{System.IO.Hashing.XxHash64.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(timestamp)):x16}.columns"
            : null;

    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<RawSegmentColumns?>> Prefetched = new();

    /// <summary>
    /// Starts reading the column files of the last commit's segments in the background, so that a process opening
    /// the index reads them while Lucene opens its writer and readers, instead of after.
    /// </summary>
    public static void Prefetch(Lucene.Net.Store.Directory directory, string folder)
    {
        var infos = new SegmentInfos();
        try { infos.Read(directory); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CorruptIndexException) { return; } // opening will say what is wrong
        foreach (var segment in infos.Segments)
        {
            if (FileName(segment.Info) is not { } name) continue;
            var path = Path.Combine(folder, name);
            int maxDoc = segment.Info.DocCount;
            var read = new Lazy<RawSegmentColumns?>(() => SegmentColumnFile.TryRead(path, maxDoc, TextFields.Length));
            if (!Prefetched.TryAdd(path, read)) continue;
            ThreadPool.QueueUserWorkItem(_ =>
            {
                try { _ = read.Value; }
                catch (Exception e) when (e is not OutOfMemoryException) { } // read again, and reported, when the segment is opened
            });
        }
    }

    /// <summary>Lets go of prefetched files no segment asked for (the index was rebuilt meanwhile).</summary>
    public static void ForgetPrefetched() => Prefetched.Clear();

    // Runs once when a process opens the index, over every document: compiled optimized at once rather than first
    // as quick unoptimized code, which a fresh process would spend most of its open time in.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    static SegmentColumns Read(AtomicReader segment, ColumnDictionaries dictionaries, string? folder)
    {
        var name = folder is null ? null : FileName(segment);
        var path = name is null ? null : Path.Combine(folder!, name);
        var raw = path is null ? null
            : Prefetched.TryRemove(path, out var prefetched) && prefetched.Value is { } read && read.MaxDoc == segment.MaxDoc ? read
            : SegmentColumnFile.TryRead(path, segment.MaxDoc, TextFields.Length);
        if (raw is null)
        {
            raw = FromDocValues(segment);
            if (path is not null)
            {
                try { SegmentColumnFile.Write(path, raw); }
                catch (IOException) { } // a read-only folder: the columns are in memory all the same
                catch (UnauthorizedAccessException) { }
            }
        }
        var ids = new int[TextFields.Length][];
        var dictionaryOf = new[] { dictionaries.Symbols, dictionaries.Languages, dictionaries.Keys, dictionaries.Verbs };
        for (int c = 0; c < TextFields.Length; c++)
        {
            var byOrdinal = Array.ConvertAll(raw.Values[c], dictionaryOf[c].Id);
            // In place: a fresh process pays for every new page it touches, and the ordinals are not needed after.
            var column = raw.Ordinals[c];
            for (int d = 0; d < column.Length; d++) column[d] = column[d] < 0 ? 0 : byOrdinal[column[d]];
            ids[c] = column;
        }
        return new SegmentColumns
        {
            MaxDoc = raw.MaxDoc,
            SymbolIds = ids[0],
            LanguageIds = Bytes(ids[1]),
            KeyIds = ids[2],
            VerbIds = ids[3],
            Sessions = raw.Sessions,
            Years = raw.Years,
            Dates = raw.Dates,
            Types = raw.Types,
        };
    }

    static byte[] Bytes(int[] ids)
    {
        var bytes = new byte[ids.Length];
        for (int i = 0; i < ids.Length; i++) bytes[i] = checked((byte)ids[i]);
        return bytes;
    }

    /// <summary>A million doc-value lookups a column; the columns are independent, so they are read on every core.</summary>
    static RawSegmentColumns FromDocValues(AtomicReader segment)
    {
        int n = segment.MaxDoc;
        var values = new string[TextFields.Length][];
        var ordinals = new int[TextFields.Length][];
        short[] sessions = [], years = [];
        int[] dates = [];
        byte[] types = [];
        var reads = TextFields.Select((field, c) => (Action)(() => (values[c], ordinals[c]) = Ordinals(segment, field, n))).ToList();
        reads.Add(() => (sessions, years, dates, types) = Numbers(segment, n));
        Parallel.Invoke([.. reads]);
        return new RawSegmentColumns(n, values, ordinals, sessions, years, dates, types);
    }

    static (string[] Values, int[] Ordinals) Ordinals(AtomicReader segment, string field, int n)
    {
        var ordinals = new int[n];
        var values = segment.GetSortedDocValues(field);
        if (values is null) { Array.Fill(ordinals, -1); return ([], ordinals); }
        var strings = new string[values.ValueCount];
        var bytes = new BytesRef();
        for (int ord = 0; ord < strings.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            strings[ord] = bytes.Utf8ToString();
        }
        for (int d = 0; d < n; d++) ordinals[d] = values.GetOrd(d);
        return (strings, ordinals);
    }

    static (short[] Sessions, short[] Years, int[] Dates, byte[] Types) Numbers(AtomicReader segment, int n)
    {
        var (sessions, years, dates, types) = (new short[n], new short[n], new int[n], new byte[n]);
        var values = segment.GetSortedDocValues(IndexSchema.Numbers);
        if (values is null) return (sessions, years, dates, types);
        var byOrdinal = new long[values.ValueCount];
        var bytes = new BytesRef();
        for (int ord = 0; ord < byOrdinal.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            byOrdinal[ord] = PackedNumbers.FromBytes(bytes);
        }
        for (int d = 0; d < n; d++)
        {
            int ord = values.GetOrd(d);
            long packed = ord < 0 ? 0 : byOrdinal[ord];
            sessions[d] = PackedNumbers.SessionOf(packed);
            years[d] = PackedNumbers.YearOf(packed);
            dates[d] = PackedNumbers.DateOf(packed);
            types[d] = PackedNumbers.TypeOf(packed);
        }
        return (sessions, years, dates, types);
    }
}
