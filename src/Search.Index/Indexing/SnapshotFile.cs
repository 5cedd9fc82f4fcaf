using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace Search.Index.Indexing;

/// <summary>
/// Saves a snapshot to one file and loads it back, so that opening a large index does not re-analyse every
/// paragraph. The file is written beside the target and renamed into place. It holds a header (format version,
/// the store generation it was built from), then sections (the document table, then one per language field),
/// each with its own checksum, and at the end a table of the sections with a checksum of its own. Reading
/// sections in parallel was measured and was slower once memory is warm, so they are read one after another.
/// Anything unexpected makes
/// <see cref="TryLoad"/> return null and the caller rebuilds from the store, which stays the source of truth.
/// </summary>
public static class SnapshotFile
{
    const int Magic = 0x554E5349; // "UNSI"
    const int FormatVersion = 3;
    const int HeaderLength = 16;
    public const string FileName = "index.snapshot";

    readonly record struct Section(long Offset, long Length, ulong Hash);

    public static void Save(IndexSnapshot snapshot, string directory)
    {
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, FileName);
        var temporary = target + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            using (var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                header.Write(Magic);
                header.Write(FormatVersion);
                header.Write(snapshot.Generation);
            }
            var sections = new List<Section> { WriteSection(stream, w => WriteTable(w, snapshot.Documents)) };
            foreach (var field in snapshot.Fields.Values) sections.Add(WriteSection(stream, w => WriteField(w, field)));

            long tableOffset = stream.Position;
            var table = new MemoryStream();
            using (var w = new BinaryWriter(table, Encoding.UTF8, leaveOpen: true))
            {
                w.Write(sections.Count);
                foreach (var section in sections) { w.Write(section.Offset); w.Write(section.Length); w.Write(section.Hash); }
            }
            stream.Write(table.GetBuffer().AsSpan(0, (int)table.Length));
            using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                w.Write(tableOffset);
                w.Write(XxHash64.HashToUInt64(table.GetBuffer().AsSpan(0, (int)table.Length)));
            }
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, target, overwrite: true);
    }

    static Section WriteSection(FileStream stream, Action<BinaryWriter> write)
    {
        long offset = stream.Position;
        var hash = new XxHash64();
        using (var writer = new BinaryWriter(new HashingStream(stream, hash), Encoding.UTF8, leaveOpen: true)) write(writer);
        return new Section(offset, stream.Position - offset, hash.GetCurrentHashAsUInt64());
    }

    /// <summary>The saved snapshot, or null when there is none, it is damaged, or it was built from another generation of the store.</summary>
    public static IndexSnapshot? TryLoad(string directory, long expectedGeneration)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            var sections = ReadSections(path, expectedGeneration);
            if (sections is null || sections.Count < 1) return null;
            var results = new object?[sections.Count];
            for (int i = 0; i < sections.Count; i++)
                results[i] = ReadSection(path, sections[i], r => i == 0 ? ReadTable(r) : ReadField(r));
            if (results.Any(r => r is null)) return null;
            var fields = results.Skip(1).Cast<FieldIndex>().ToDictionary(f => f.Language);
            return new IndexSnapshot { Documents = (DocumentTable)results[0]!, Fields = fields, Generation = expectedGeneration };
        }
        catch (Exception e) when (IsDamage(e))
        {
            return null;
        }
    }

    static bool IsDamage(Exception e) => e is IOException or EndOfStreamException or InvalidDataException or ArgumentException or OverflowException or OutOfMemoryException
        || e is AggregateException a && a.InnerExceptions.All(IsDamage);

    /// <summary>The header and the table of sections, checked; null when they do not match this format and generation.</summary>
    static List<Section>? ReadSections(string path, long expectedGeneration)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        if (file.Length < HeaderLength + 16) return null;
        using var reader = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion || reader.ReadInt64() != expectedGeneration) return null;
        file.Position = file.Length - 16;
        long tableOffset = reader.ReadInt64();
        ulong tableHash = reader.ReadUInt64();
        if (tableOffset < HeaderLength || tableOffset > file.Length - 16) return null;
        file.Position = tableOffset;
        var table = reader.ReadBytes((int)(file.Length - 16 - tableOffset));
        if (XxHash64.HashToUInt64(table) != tableHash) return null;
        using var entries = new BinaryReader(new MemoryStream(table));
        int count = entries.ReadInt32();
        if (count < 0 || count * 24L + 4 != table.Length) return null;
        var sections = new List<Section>(count);
        for (int i = 0; i < count; i++)
        {
            var section = new Section(entries.ReadInt64(), entries.ReadInt64(), entries.ReadUInt64());
            if (section.Offset < HeaderLength || section.Length < 0 || section.Offset + section.Length > tableOffset) return null;
            sections.Add(section);
        }
        return sections;
    }

    /// <summary>One section on a file handle of its own; null unless it is read to its exact end and its checksum matches.</summary>
    static object? ReadSection(string path, Section section, Func<BinaryReader, object> read)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        file.Position = section.Offset;
        var hash = new XxHash64();
        var limited = new HashingStream(file, hash, section.Length);
        using var reader = new BinaryReader(limited, Encoding.UTF8, leaveOpen: true);
        var value = read(reader);
        return limited.Consumed == section.Length && hash.GetCurrentHashAsUInt64() == section.Hash ? value : null;
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
        Strings(w, f.SortedTerms);
        var p = f.Postings;
        Ints(w, p.TermStarts); Ints(w, p.BlockStarts); Ints(w, p.Docs); Ints(w, p.Freqs); Ints(w, p.PositionStarts); Array(w, p.BlockMaxTf);
    }

    static FieldIndex ReadField(BinaryReader r)
    {
        var language = r.ReadString();
        var docCount = r.ReadInt32();
        var average = r.ReadDouble();
        var positions = ReadArray<int>(r);
        var terms = ReadStrings(r);
        var (termStarts, blockStarts) = (ReadArray<int>(r), ReadArray<int>(r));
        var (docs, freqs, starts, blocks) = (ReadArray<int>(r), ReadArray<int>(r), ReadArray<int>(r), ReadArray<float>(r));
        if (termStarts.Length != terms.Length + 1 || blockStarts.Length != terms.Length + 1 || termStarts[^1] != docs.Length
            || freqs.Length != docs.Length || starts.Length != docs.Length || blockStarts[^1] != blocks.Length)
            throw new InvalidDataException("postings that do not fit their terms");
        return FieldIndex.Create(language, docCount, average, positions, terms, termStarts, blockStarts, docs, freqs, starts, blocks);
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
        int length = ReadCount(r, System.Runtime.CompilerServices.Unsafe.SizeOf<T>());
        var values = GC.AllocateUninitializedArray<T>(length);
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        r.BaseStream.ReadExactly(bytes);
        return values;
    }

    /// <summary>A count of items of at least <paramref name="itemSize"/> bytes each, refused when the section cannot hold them, so that a damaged count never allocates.</summary>
    static int ReadCount(BinaryReader r, int itemSize)
    {
        int count = r.ReadInt32();
        if (count < 0 || (long)count * itemSize > ((HashingStream)r.BaseStream).Remaining) throw new InvalidDataException("a count larger than its section");
        return count;
    }

    static void Strings(BinaryWriter w, string[] values)
    {
        w.Write(values.Length);
        foreach (var v in values) w.Write(v);
    }

    static string[] ReadStrings(BinaryReader r)
    {
        int length = ReadCount(r, 1);
        var values = new string[length];
        for (int i = 0; i < length; i++) values[i] = r.ReadString();
        return values;
    }

    /// <summary>Feeds every byte written or read to the checksum; when reading, stops before the checksum itself.</summary>
    sealed class HashingStream(Stream inner, XxHash64 hash, long readLimit = long.MaxValue) : Stream
    {
        long _read;
        public long Consumed => _read;
        public long Remaining => readLimit - _read;
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
