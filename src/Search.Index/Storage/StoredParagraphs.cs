using System.Text;
using Search.Index.Documents;

namespace Search.Index.Storage;

/// <summary>
/// Every paragraph of the store in index order (symbol, language, then document order), as columns: what an
/// index build reads, with the texts as one UTF-8 array and no object a paragraph, because at a million
/// paragraphs the objects and their garbage cost more than the reading.
/// </summary>
public sealed class StoredParagraphs
{
    public required int Count { get; init; }
    /// <summary>The resolution versions the paragraphs belong to.</summary>
    public required Resolution[] Resolutions { get; init; }
    public required int[] ResolutionOf { get; init; }
    public required int[] Ordinals { get; init; }
    /// <summary>Clause keys, one string instance per distinct key.</summary>
    public required string[] Keys { get; init; }
    public required ClauseType[] Types { get; init; }
    public required int[] Numbers { get; init; }
    /// <summary>Lead verbs as written, one string instance per distinct verb.</summary>
    public required string[] Verbs { get; init; }
    public required byte[] TextUtf8 { get; init; }
    /// <summary>Paragraph p's text is bytes TextOffsets[p] to TextOffsets[p + 1] of <see cref="TextUtf8"/>.</summary>
    public required long[] TextOffsets { get; init; }

    public string Text(int paragraph) => Encoding.UTF8.GetString(TextBytes(paragraph));

    public ReadOnlySpan<byte> TextBytes(int paragraph) => TextUtf8.AsSpan((int)TextOffsets[paragraph], (int)(TextOffsets[paragraph + 1] - TextOffsets[paragraph]));

    /// <summary>Resolutions held as objects (tests, tools), in the order given, as columns.</summary>
    public static StoredParagraphs From(IReadOnlyList<Resolution> resolutions)
    {
        var builder = new Builder(resolutions.Sum(r => r.Paragraphs.Count), resolutions.Sum(r => r.Paragraphs.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Text))));
        for (int r = 0; r < resolutions.Count; r++)
            for (int i = 0; i < resolutions[r].Paragraphs.Count; i++)
            {
                var p = resolutions[r].Paragraphs[i];
                builder.Add(r, i, p.Key, p.Type, p.Number, p.Verb, Encoding.UTF8.GetBytes(p.Text));
            }
        return builder.Finish(resolutions.ToArray());
    }

    /// <summary>
    /// Gathers the columns row by row into arrays of the expected size, which are grown only if more rows come
    /// than expected (a store written to while it is read) and trimmed if fewer.
    /// </summary>
    internal sealed class Builder(int expectedCount, long expectedTextBytes)
    {
        int[] _resolutionOf = new int[expectedCount], _ordinals = new int[expectedCount], _numbers = new int[expectedCount];
        string[] _keys = new string[expectedCount], _verbs = new string[expectedCount];
        ClauseType[] _types = new ClauseType[expectedCount];
        long[] _offsets = new long[expectedCount + 1];
        byte[] _text = GC.AllocateUninitializedArray<byte>((int)Math.Min(Array.MaxLength, expectedTextBytes));
        int _count;

        /// <summary>The next paragraph, after the last one added.</summary>
        public void Add(int resolution, int ordinal, string key, ClauseType type, int number, string verb, ReadOnlySpan<byte> textUtf8)
        {
            if (_count == _ordinals.Length) Resize(Math.Max(16, _count * 2));
            long at = _offsets[_count];
            if (at + textUtf8.Length > _text.Length)
                Array.Resize(ref _text, (int)Math.Min(Array.MaxLength, Math.Max(at + textUtf8.Length, _text.Length * 3L / 2)));
            Place(_count, at, resolution, ordinal, key, type, number, verb, textUtf8);
            _count++;
        }

        /// <summary>
        /// A paragraph put straight into its slot with its text at a given byte offset, for a reader that knows
        /// where each resolution goes; it places every slot of the expected size exactly once.
        /// </summary>
        public void Place(int slot, long textOffset, int resolution, int ordinal, string key, ClauseType type, int number, string verb, ReadOnlySpan<byte> textUtf8)
        {
            textUtf8.CopyTo(_text.AsSpan((int)textOffset, textUtf8.Length));
            _resolutionOf[slot] = resolution;
            _ordinals[slot] = ordinal;
            _keys[slot] = key;
            _types[slot] = type;
            _numbers[slot] = number;
            _verbs[slot] = verb;
            _offsets[slot + 1] = textOffset + textUtf8.Length;
        }

        /// <summary>After <see cref="Place"/>: every slot was filled.</summary>
        public void Placed(int count) => _count = count;

        void Resize(int size)
        {
            Array.Resize(ref _resolutionOf, size);
            Array.Resize(ref _ordinals, size);
            Array.Resize(ref _numbers, size);
            Array.Resize(ref _keys, size);
            Array.Resize(ref _verbs, size);
            Array.Resize(ref _types, size);
            Array.Resize(ref _offsets, size + 1);
        }

        public StoredParagraphs Finish(Resolution[] resolutions)
        {
            if (_count != _ordinals.Length) Resize(_count);
            if (_offsets[_count] != _text.Length) Array.Resize(ref _text, (int)_offsets[_count]);
            return new StoredParagraphs
            {
                Count = _count,
                Resolutions = resolutions,
                ResolutionOf = _resolutionOf,
                Ordinals = _ordinals,
                Keys = _keys,
                Types = _types,
                Numbers = _numbers,
                Verbs = _verbs,
                TextUtf8 = _text,
                TextOffsets = _offsets,
            };
        }
    }
}
