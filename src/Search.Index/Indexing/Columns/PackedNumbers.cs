namespace Search.Index.Indexing.Columns;

/// <summary>
/// Session, year, adoption date and clause type of a paragraph in one doc-values number: clause type in bits 0-1,
/// session in 2-16, year in 17-31, date (yyyymmdd) in 32-62. Each is clamped to the range its column holds
/// (<see cref="SegmentColumns"/>), so the columns read back exactly what they held when each had a field of its own.
/// The number is kept as the eight bytes of a sorted doc value rather than as a numeric one: Lucene.Net's writer
/// measures a numeric field's memory by reflection at every document (a deep walk that allocated more than the
/// paragraph's own postings), while a sorted field's few thousand distinct values are hashed once each.
/// </summary>
public static class PackedNumbers
{
    public static long Pack(long session, long year, long date, long type) =>
        Math.Clamp(type, 0, 2) | Math.Clamp(session, 0, short.MaxValue) << 2 | Math.Clamp(year, 0, short.MaxValue) << 17 | Math.Clamp(date, 0, int.MaxValue) << 32;

    public static short SessionOf(long numbers) => (short)(numbers >> 2 & short.MaxValue);
    public static short YearOf(long numbers) => (short)(numbers >> 17 & short.MaxValue);
    public static int DateOf(long numbers) => (int)(numbers >> 32 & int.MaxValue);
    public static byte TypeOf(long numbers) => (byte)(numbers & 3);

    public static Lucene.Net.Util.BytesRef ToBytes(long numbers)
    {
        var bytes = new byte[sizeof(long)];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(bytes, numbers);
        return new Lucene.Net.Util.BytesRef(bytes);
    }

    public static long FromBytes(Lucene.Net.Util.BytesRef bytes) =>
        System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
}
