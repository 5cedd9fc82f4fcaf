namespace Search.Index.Analysis.Analyzers;

/// <summary>
/// One analysis chain's table of the words it met last and what its filters made of them, in front of the shared
/// <see cref="RememberedWords"/>. Analysis is bound by memory latency, not by arithmetic: at a million paragraphs
/// a shared dictionary look-up visits its buckets, a node, the key and the outcome, four places in memory for
/// every word. Here a word costs one 8-byte slot (a table of at most 128 KB, which stays in the core's cache)
/// and the few characters of its entry. A slot holds a hash of the word, the word's and its term's lengths and
/// where its entry starts; an entry is the two offset shifts, the word and the term, one after the other in one
/// character array. The table is direct-mapped: a new word takes its slot from whatever was there.
/// A chain starts small and grows as it misses, up to its limit; when its entries fill the largest array, the table
/// is emptied and starts again. Indexing chains may grow to 65,536 slots (with 2^21 characters of entries, 4.5 MB
/// a chain at most): at a million paragraphs nearly every word is then found here. Other chains (queries and
/// highlighting, on every thread of a web app) stop at 1,024 slots and 64 K characters (136 KB), which hold the
/// words they meet most.
/// </summary>
public sealed class RecentWords(bool indexing)
{
    public const int MaxWordLength = 31;
    const int FirstSlotBits = 8, FirstEntryChars = 4096;
    readonly int _maxSlotBits = indexing ? 16 : 10, _maxEntryChars = indexing ? 1 << 21 : 1 << 16;

    ulong[] _slots = new ulong[1 << FirstSlotBits];
    int _slotBits = FirstSlotBits;
    char[] _entries = new char[FirstEntryChars];
    int _used, _addedSinceGrowth;

    /// <summary>The word's term if it is here: its length (-1: the word is removed) and its offset shifts; the term's characters are <paramref name="term"/>.</summary>
    public bool TryFind(ReadOnlySpan<char> word, out ReadOnlySpan<char> term, out int termLength, out int startShift, out int endShift)
    {
        uint hash = Hash(word);
        ulong slot = _slots[hash >> (32 - _slotBits)];
        int at = (int)(slot >> 10) & 0x3FFFFF;
        if ((uint)(slot >> 32) == hash && ((int)slot >> 5 & 31) == word.Length && word.Length != 0
            && _entries.AsSpan(at + 2, word.Length).SequenceEqual(word))
        {
            termLength = ((int)slot & 31) - 1;
            term = termLength > 0 ? _entries.AsSpan(at + 2 + word.Length, termLength) : default;
            startShift = (short)_entries[at];
            endShift = (short)_entries[at + 1];
            return true;
        }
        term = default;
        termLength = startShift = endShift = 0;
        return false;
    }

    /// <summary>Keeps a word's outcome, unless the word or its term is too long for a slot or a shift too large for a character.</summary>
    public void Add(ReadOnlySpan<char> word, string? term, int startShift, int endShift)
    {
        int termLength = term?.Length ?? -1;
        if (word.Length is 0 or > MaxWordLength || termLength >= MaxWordLength || startShift != (short)startShift || endShift != (short)endShift) return;
        if (++_addedSinceGrowth > 2 << _slotBits && _slotBits < _maxSlotBits)
        {
            // A chain that keeps meeting new words gets a larger table; the old one is only a cache, so it is dropped.
            _slotBits++;
            _slots = new ulong[1 << _slotBits];
            _used = _addedSinceGrowth = 0;
        }
        int size = 2 + word.Length + Math.Max(0, termLength);
        if (_used + size > _entries.Length)
        {
            if (_entries.Length < _maxEntryChars) Array.Resize(ref _entries, _entries.Length * 2);
            else
            {
                Array.Clear(_slots);
                _used = 0;
            }
        }
        int at = _used;
        _entries[at] = (char)(short)startShift;
        _entries[at + 1] = (char)(short)endShift;
        word.CopyTo(_entries.AsSpan(at + 2));
        term.AsSpan().CopyTo(_entries.AsSpan(at + 2 + word.Length));
        _used += size;
        uint hash = Hash(word);
        _slots[hash >> (32 - _slotBits)] = (ulong)hash << 32 | (ulong)at << 10 | (ulong)word.Length << 5 | (ulong)(termLength + 1);
    }

    /// <summary>FNV-1a over the characters, then a multiplication that spreads them into the top bits, which pick the slot.</summary>
    static uint Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word) hash = (hash ^ c) * 16777619;
        return hash * 2654435769;
    }
}
