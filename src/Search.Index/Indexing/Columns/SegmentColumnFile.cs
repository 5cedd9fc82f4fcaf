using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace Search.Index.Indexing.Columns;

/// <summary>
/// A segment's columns as read from its doc values: each text column as its distinct values and a value number
/// a document, and the number columns as they are.
/// </summary>
public sealed record RawSegmentColumns(int MaxDoc, string[][] Values, int[][] Ordinals, short[] Sessions, short[] Years, int[] Dates, byte[] Types);

/// <summary>
/// Keeps a segment's columns in a file beside the index, so that the next process to open the index reads them
/// in one go instead of a million doc-value lookups a column (seconds in a fresh process, tens of milliseconds
/// from the file). Derived data like the index: a file that is missing, damaged or of another shape is ignored and
/// written again. Segments never change, so a file names its segment (name, size, creation time) and is never
/// rewritten in place.
/// </summary>
public static class SegmentColumnFile
{
    const string Magic = "UNCOLS1";

    public static void Write(string path, RawSegmentColumns columns)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(columns.MaxDoc);
            writer.Write(columns.Values.Length);
            for (int c = 0; c < columns.Values.Length; c++)
            {
                writer.Write(columns.Values[c].Length);
                foreach (var value in columns.Values[c]) writer.Write(value);
                writer.Write(MemoryMarshal.AsBytes(columns.Ordinals[c].AsSpan()));
            }
            writer.Write(MemoryMarshal.AsBytes(columns.Sessions.AsSpan()));
            writer.Write(MemoryMarshal.AsBytes(columns.Years.AsSpan()));
            writer.Write(MemoryMarshal.AsBytes(columns.Dates.AsSpan()));
            writer.Write(columns.Types);
        }
        var hash = XxHash64.HashToUInt64(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        buffer.Write(BitConverter.GetBytes(hash));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Environment.ProcessId + ".tmp";
        File.WriteAllBytes(temporary, buffer.ToArray());
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The columns, or null when the file is missing or not exactly what <see cref="Write"/> made for a segment of this size.</summary>
    public static RawSegmentColumns? TryRead(string path, int maxDoc, int textColumns)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
        if (bytes.Length < 8) return null;
        var body = bytes.AsSpan(0, bytes.Length - 8);
        if (XxHash64.HashToUInt64(body) != BitConverter.ToUInt64(bytes, bytes.Length - 8)) return null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, body.Length), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != maxDoc || reader.ReadInt32() != textColumns) return null;
            var values = new string[textColumns][];
            var ordinals = new int[textColumns][];
            for (int c = 0; c < textColumns; c++)
            {
                int count = reader.ReadInt32();
                if (count < 0 || count > body.Length) return null;
                values[c] = new string[count];
                for (int i = 0; i < count; i++) values[c][i] = reader.ReadString();
                ordinals[c] = Read<int>(reader, maxDoc);
            }
            return new RawSegmentColumns(maxDoc, values, ordinals, Read<short>(reader, maxDoc), Read<short>(reader, maxDoc), Read<int>(reader, maxDoc), reader.ReadBytes(maxDoc) is { } types && types.Length == maxDoc ? types : throw new EndOfStreamException());
        }
        catch (EndOfStreamException) { return null; }
    }

    static T[] Read<T>(BinaryReader reader, int count) where T : unmanaged
    {
        var result = new T[count];
        var bytes = MemoryMarshal.AsBytes(result.AsSpan());
        if (reader.Read(bytes) != bytes.Length) throw new EndOfStreamException();
        return result;
    }
}
