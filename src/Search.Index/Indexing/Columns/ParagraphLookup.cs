namespace Search.Index.Indexing.Columns;

/// <summary>
/// Finds a reader's live document by its paragraph's symbol, language and clause key: how paragraphs found by
/// meaning (numbered by the semantic side's own table) are met again among the keyword index's documents.
/// One sorted array of packed (symbol, key, language) numbers, 12 bytes a document.
/// </summary>
public sealed class ParagraphLookup
{
    readonly Dictionary<string, int> _symbols;
    readonly Dictionary<string, int> _keys;
    readonly Dictionary<string, int> _languages;
    readonly long[] _packed;
    readonly int[] _docs;

    public ParagraphLookup(ReaderColumns columns)
    {
        _symbols = Numbered(columns.Symbols);
        _keys = Numbered(columns.Keys);
        _languages = Numbered(columns.Languages);
        _packed = new long[columns.LiveCount];
        _docs = new int[columns.LiveCount];
        int at = 0;
        for (int doc = 0; doc < columns.Count && at < _packed.Length; doc++)
        {
            if (!columns.IsLive(doc)) continue;
            _packed[at] = Pack(columns.SymbolIds[doc], columns.KeyIds[doc], columns.LanguageIds[doc]);
            _docs[at++] = doc;
        }
        Array.Sort(_packed, _docs);
    }

    /// <summary>The live document of this paragraph, or -1 when the reader does not hold it.</summary>
    public int Find(string symbol, string language, string key)
    {
        if (!_symbols.TryGetValue(symbol, out int s) || !_keys.TryGetValue(key, out int k) || !_languages.TryGetValue(language, out int l)) return -1;
        int i = Array.BinarySearch(_packed, Pack(s, k, l));
        return i >= 0 ? _docs[i] : -1;
    }

    // Clause keys number a few hundred and languages a handful: 24 and 8 bits leave the symbol 32.
    static long Pack(int symbol, int key, int language) => ((long)symbol << 32) | ((long)(key & 0xFFFFFF) << 8) | (uint)(language & 0xFF);

    static Dictionary<string, int> Numbered(string[] values)
    {
        var numbers = new Dictionary<string, int>(values.Length, StringComparer.Ordinal);
        for (int i = 0; i < values.Length; i++) numbers.TryAdd(values[i], i);
        return numbers;
    }
}
