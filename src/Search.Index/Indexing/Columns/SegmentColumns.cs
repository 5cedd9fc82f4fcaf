using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

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

    static readonly ConditionalWeakTable<object, SegmentColumns> Cache = new();

    public static SegmentColumns For(AtomicReader segment, ColumnDictionaries dictionaries) =>
        Cache.GetValue(segment.CoreCacheKey, _ => Read(segment, dictionaries));

    static SegmentColumns Read(AtomicReader segment, ColumnDictionaries dictionaries)
    {
        int n = segment.MaxDoc;
        return new SegmentColumns
        {
            MaxDoc = n,
            SymbolIds = Ids(segment, IndexSchema.Symbol, dictionaries.Symbols, n),
            LanguageIds = Array.ConvertAll(Ids(segment, IndexSchema.Language, dictionaries.Languages, n), id => checked((byte)id)),
            KeyIds = Ids(segment, IndexSchema.Key, dictionaries.Keys, n),
            VerbIds = Ids(segment, IndexSchema.Verb, dictionaries.Verbs, n),
            Sessions = Numbers(segment, IndexSchema.Session, n, v => (short)Math.Clamp(v, 0, short.MaxValue)),
            Years = Numbers(segment, IndexSchema.Year, n, v => (short)Math.Clamp(v, 0, short.MaxValue)),
            Dates = Numbers(segment, IndexSchema.Date, n, v => (int)Math.Clamp(v, 0, int.MaxValue)),
            Types = Numbers(segment, IndexSchema.Type, n, v => (byte)Math.Clamp(v, 0, 2)),
        };
    }

    static int[] Ids(AtomicReader segment, string field, ValueDictionary dictionary, int n)
    {
        var ids = new int[n];
        var values = segment.GetSortedDocValues(field);
        if (values is null) return ids;
        // Each distinct value is looked up once; documents then take their value's id by ordinal.
        var byOrdinal = new int[values.ValueCount];
        var bytes = new BytesRef();
        for (int ord = 0; ord < byOrdinal.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            byOrdinal[ord] = dictionary.Id(bytes.Utf8ToString());
        }
        for (int d = 0; d < n; d++)
        {
            int ord = values.GetOrd(d);
            ids[d] = ord < 0 ? 0 : byOrdinal[ord];
        }
        return ids;
    }

    static T[] Numbers<T>(AtomicReader segment, string field, int n, Func<long, T> convert)
    {
        var result = new T[n];
        var values = segment.GetNumericDocValues(field);
        if (values is null) return result;
        for (int d = 0; d < n; d++) result[d] = convert(values.Get(d));
        return result;
    }
}
