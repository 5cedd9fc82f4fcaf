using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace Search.Index.Indexing;

/// <summary>
/// Saves a snapshot to one file and loads it back, so that opening a large index does not re-analyse every
/// paragraph. The file is written beside the target and renamed into place, carries a format version, the
/// store generation it was built from and a checksum; anything unexpected makes <see cref="TryLoad"/> return
/// null and the caller rebuilds from the store, which stays the source of truth.
/// </summary>
public static class SnapshotFile
{
    const int Magic = 0x554E5349; // "UNSI"
    const int FormatVersion = 1;
    public const string FileName = "index.snapshot";

    public static void Save(IndexSnapshot snapshot, string directory)
    {
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, FileName);
        var temporary = target + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            var hash = new XxHash64();
            using (var writer = new BinaryWriter(new HashingStream(stream, hash), Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(snapshot.Generation);
                WriteTable(writer, snapshot.Documents);
                writer.Write(snapshot.Fields.Count);
                foreach (var field in snapshot.Fields.Values) WriteField(writer, field);
            }
            stream.Write(hash.GetCurrentHash());
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>The saved snapshot, or null when there is none, it is damaged, or it was built from another generation of the store.</summary>
    public static IndexSnapshot? TryLoad(string directory, long expectedGeneration)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
            if (file.Length < 24) return null;
            var hash = new XxHash64();
            IndexSnapshot snapshot;
            using (var reader = new BinaryReader(new HashingStream(file, hash, file.Length - 8), Encoding.UTF8, leaveOpen: true))
            {
                if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion) return null;
                var generation = reader.ReadInt64();
                if (generation != expectedGeneration) return null;
                var table = ReadTable(reader);
                int fieldCount = reader.ReadInt32();
                var fields = new Dictionary<string, FieldIndex>();
                for (int i = 0; i < fieldCount; i++)
                {
                    var field = ReadField(reader);
                    fields[field.Language] = field;
                }
                snapshot = new IndexSnapshot { Documents = table, Fields = fields, Generation = generation };
            }
            Span<byte> stored = stackalloc byte[8];
            file.Position = file.Length - 8;
            file.ReadExactly(stored);
            return hash.GetCurrentHash().AsSpan().SequenceEqual(stored) ? snapshot : null;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or InvalidDataException or ArgumentException or OverflowException or OutOfMemoryException)
        {
            return null;
        }
    }

    static void WriteTable(BinaryWriter w, DocumentTable t)
    {
        w.Write(t.Count);
        Ints(w, t.SymbolIds); Strings(w, t.Symbols);
        Bytes(w, t.LanguageIds); Strings(w, t.Languages);
        Array(w, t.Sessions); Array(w, t.Years); Ints(w, t.Dates); Bytes(w, t.Types); Ints(w, t.Numbers);
        Ints(w, t.KeyIds); Strings(w, t.Keys);
        Ints(w, t.VerbIds); Strings(w, t.Verbs); Strings(w, t.VerbDisplays);
        Ints(w, t.TitleIds); Strings(w, t.Titles);
        Ints(w, t.Lengths); Ints(w, t.AlignedNext);
        Bytes(w, t.TextUtf8); Array(w, t.TextOffsets);
    }

    static DocumentTable ReadTable(BinaryReader r) => new()
    {
        Count = r.ReadInt32(),
        SymbolIds = ReadArray<int>(r), Symbols = ReadStrings(r),
        LanguageIds = ReadArray<byte>(r), Languages = ReadStrings(r),
        Sessions = ReadArray<short>(r), Years = ReadArray<short>(r), Dates = ReadArray<int>(r), Types = ReadArray<byte>(r), Numbers = ReadArray<int>(r),
        KeyIds = ReadArray<int>(r), Keys = ReadStrings(r),
        VerbIds = ReadArray<int>(r), Verbs = ReadStrings(r), VerbDisplays = ReadStrings(r),
        TitleIds = ReadArray<int>(r), Titles = ReadStrings(r),
        Lengths = ReadArray<int>(r), AlignedNext = ReadArray<int>(r),
        TextUtf8 = ReadArray<byte>(r), TextOffsets = ReadArray<long>(r),
    };

    static void WriteField(BinaryWriter w, FieldIndex f)
    {
        w.Write(f.Language);
        w.Write(f.DocCount);
        w.Write(f.AverageLength);
        Ints(w, f.Positions);
        w.Write(f.SortedTerms.Length);
        foreach (var term in f.SortedTerms)
        {
            var p = f.Terms[term];
            w.Write(term);
            Ints(w, p.Docs); Ints(w, p.Freqs); Ints(w, p.PositionStarts); Array(w, p.BlockMaxTf);
        }
    }

    static FieldIndex ReadField(BinaryReader r)
    {
        var language = r.ReadString();
        var docCount = r.ReadInt32();
        var average = r.ReadDouble();
        var positions = ReadArray<int>(r);
        int termCount = r.ReadInt32();
        var sorted = new string[termCount];
        var terms = new Dictionary<string, Postings>(termCount, StringComparer.Ordinal);
        for (int i = 0; i < termCount; i++)
        {
            var term = r.ReadString();
            sorted[i] = term;
            terms[term] = new Postings(ReadArray<int>(r), ReadArray<int>(r), ReadArray<int>(r), ReadArray<float>(r));
        }
        return new FieldIndex { Language = language, SortedTerms = sorted, Terms = terms, Positions = positions, DocCount = docCount, AverageLength = average };
    }

    static void Ints(BinaryWriter w, int[] values) => Array(w, values);
    static void Bytes(BinaryWriter w, byte[] values) => Array(w, values);

    static void Array<T>(BinaryWriter w, T[] values) where T : unmanaged
    {
        w.Write(values.Length);
        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    static T[] ReadArray<T>(BinaryReader r) where T : unmanaged
    {
        int length = r.ReadInt32();
        if (length < 0) throw new InvalidDataException("negative length");
        var values = new T[length];
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        r.BaseStream.ReadExactly(bytes);
        return values;
    }

    static void Strings(BinaryWriter w, string[] values)
    {
        w.Write(values.Length);
        foreach (var v in values) w.Write(v);
    }

    static string[] ReadStrings(BinaryReader r)
    {
        int length = r.ReadInt32();
        if (length < 0) throw new InvalidDataException("negative length");
        var values = new string[length];
        for (int i = 0; i < length; i++) values[i] = r.ReadString();
        return values;
    }

    /// <summary>Feeds every byte written or read to the checksum; when reading, stops before the checksum itself.</summary>
    sealed class HashingStream(Stream inner, XxHash64 hash, long readLimit = long.MaxValue) : Stream
    {
        long _read;
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override void Write(ReadOnlySpan<byte> buffer) { hash.Append(buffer); inner.Write(buffer); }
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
        public override int Read(Span<byte> buffer)
        {
            var allowed = (int)Math.Min(buffer.Length, readLimit - _read);
            if (allowed <= 0) return 0;
            int n = inner.Read(buffer[..allowed]);
            hash.Append(buffer[..n]);
            _read += n;
            return n;
        }
        public override void Flush() => inner.Flush();
        public override bool CanRead => inner.CanRead;
        public override bool CanSeek => false;
        public override bool CanWrite => inner.CanWrite;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
