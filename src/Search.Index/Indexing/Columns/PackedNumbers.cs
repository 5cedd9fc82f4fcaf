namespace Search.Index.Indexing.Columns;

/// <summary>
/// Session, year, adoption date and clause type of a paragraph in one doc-values number: clause type in bits 0-1,
/// session in 2-16, year in 17-31, date (yyyymmdd) in 32-62. Each is clamped to the range its column holds
/// (<see cref="SegmentColumns"/>), so the columns read back exactly what they held when each had a field of its own.
/// </summary>
public static class PackedNumbers
{
    public static long Pack(long session, long year, long date, long type) =>
        Math.Clamp(type, 0, 2) | Math.Clamp(session, 0, short.MaxValue) << 2 | Math.Clamp(year, 0, short.MaxValue) << 17 | Math.Clamp(date, 0, int.MaxValue) << 32;

    public static short SessionOf(long numbers) => (short)(numbers >> 2 & short.MaxValue);
    public static short YearOf(long numbers) => (short)(numbers >> 17 & short.MaxValue);
    public static int DateOf(long numbers) => (int)(numbers >> 32 & int.MaxValue);
    public static byte TypeOf(long numbers) => (byte)(numbers & 3);
}
