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
    /// <remarks>
    /// Read from the file straight into the columns, hashing as it goes: a fresh process pays for every new page of
    /// memory it touches, and a copy of the whole file first would double what it touches.
    /// </remarks>
    public static RawSegmentColumns? TryRead(string path, int maxDoc, int textColumns)
    {
        FileStream file;
        try { file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
        using var _ = file;
        long bodyLength = file.Length - 8;
        if (bodyLength < 0) return null;
        var body = new HashingStream(file, bodyLength);
        try
        {
            using var reader = new BinaryReader(body, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic || reader.ReadInt32() != maxDoc || reader.ReadInt32() != textColumns) return null;
            var values = new string[textColumns][];
            var ordinals = new int[textColumns][];
            for (int c = 0; c < textColumns; c++)
            {
                int count = reader.ReadInt32();
                if (count < 0 || count > bodyLength) return null;
                values[c] = new string[count];
                for (int i = 0; i < count; i++) values[c][i] = reader.ReadString();
                ordinals[c] = Read<int>(body, maxDoc);
            }
            var columns = new RawSegmentColumns(maxDoc, values, ordinals, Read<short>(body, maxDoc), Read<short>(body, maxDoc), Read<int>(body, maxDoc), Read<byte>(body, maxDoc));
            if (body.Remaining != 0) return null;
            Span<byte> stored = stackalloc byte[8];
            file.ReadExactly(stored);
            return BitConverter.ToUInt64(stored) == body.Hash ? columns : null;
        }
        catch (EndOfStreamException) { return null; }
    }

    static T[] Read<T>(Stream stream, int count) where T : unmanaged
    {
        var result = new T[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(result.AsSpan()));
        return result;
    }

    /// <summary>The first <paramref name="length"/> bytes of a stream, hashed as they are read.</summary>
    sealed class HashingStream(Stream inner, long length) : Stream
    {
        readonly XxHash64 _hash = new();
        long _read;

        public long Remaining => length - _read;
        public ulong Hash => _hash.GetCurrentHashAsUInt64();

        public override int Read(Span<byte> buffer)
        {
            int n = inner.Read(buffer[..(int)Math.Min(buffer.Length, Remaining)]);
            _hash.Append(buffer[..n]);
            _read += n;
            return n;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
