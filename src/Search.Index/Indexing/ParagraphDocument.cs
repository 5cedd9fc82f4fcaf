using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Index.Documents;
using Search.Index.Indexing.Columns;

namespace Search.Index.Indexing;

/// <summary>
/// A reusable Lucene document for one paragraph at a time: the fields are made once and their values set for
/// each paragraph, since at a million paragraphs new field objects a paragraph are most of the garbage. The
/// UTF-8 bytes of the values that repeat (a resolution's symbol and language for each of its paragraphs, the
/// few clause keys and verbs) are made once too.
/// </summary>
public sealed class ParagraphDocument
{
    const int RememberedValues = 4096;

    readonly Document _document = new();
    readonly StringField _symbolTerm = new(IndexSchema.Symbol, "", Field.Store.NO);
    readonly SortedDocValuesField _symbol = new(IndexSchema.Symbol, new BytesRef());
    readonly SortedDocValuesField _language = new(IndexSchema.Language, new BytesRef());
    readonly StringField _languageTerm = new(IndexSchema.Language, "", Field.Store.NO);
    readonly SortedDocValuesField _key = new(IndexSchema.Key, new BytesRef());
    readonly SortedDocValuesField _numbers = new(IndexSchema.Numbers, new BytesRef());
    readonly SortedDocValuesField _verb = new(IndexSchema.Verb, new BytesRef());
    readonly Dictionary<string, Field> _texts, _readTexts;
    readonly Dictionary<string, BytesRef> _keys = new(StringComparer.Ordinal), _verbs = new(StringComparer.Ordinal);
    readonly Dictionary<long, BytesRef> _packedNumbers = [];
    Resolution? _resolution;

    public ParagraphDocument(IReadOnlyList<string> languages)
    {
        _texts = languages.ToDictionary(l => l, l => new Field(IndexSchema.TextField(l), "", IndexSchema.TextType));
        // A field holds a string or a reader for good: the text read from the store's column has fields of its own.
        _readTexts = languages.ToDictionary(l => l, l => new Field(IndexSchema.TextField(l), TextReader.Null, IndexSchema.TextType));
    }

    /// <summary>The document for one paragraph of a resolution version; valid until the next call.</summary>
    public Document Set(Resolution resolution, string key, ClauseType type, string verb, string text)
    {
        With(_texts, resolution, key, type, verb).SetStringValue(text);
        return _document;
    }

    /// <summary>The same, the text read from <paramref name="text"/> (set for this paragraph) as it is analysed.</summary>
    public Document Set(Resolution resolution, string key, ClauseType type, string verb, TextReader text)
    {
        With(_readTexts, resolution, key, type, verb).SetReaderValue(text);
        return _document;
    }

    /// <summary>The document with this paragraph's metadata and its language's text field, whose value the caller sets.</summary>
    Field With(Dictionary<string, Field> texts, Resolution resolution, string key, ClauseType type, string verb)
    {
        if (!texts.TryGetValue(resolution.Language, out var field))
            throw new ArgumentException($"no analysis for language '{resolution.Language}'");
        SetMetadata(resolution, key, type, verb);
        _document.Add(field);
        return field;
    }

    void SetMetadata(Resolution resolution, string key, ClauseType type, string verb)
    {
        _document.Fields.Clear();
        if (!ReferenceEquals(resolution, _resolution))
        {
            _symbolTerm.SetStringValue(resolution.Symbol);
            _symbol.SetBytesValue(new BytesRef(resolution.Symbol));
            _language.SetBytesValue(new BytesRef(resolution.Language));
            _languageTerm.SetStringValue(resolution.Language);
            _resolution = resolution;
        }
        _key.SetBytesValue(Bytes(_keys, key, k => k));
        _numbers.SetBytesValue(Bytes(_packedNumbers, PackedNumbers.Pack(resolution.Session ?? 0, resolution.Year ?? 0,
            resolution.AdoptionDate is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : 0, (long)type), PackedNumbers.ToBytes));
        _verb.SetBytesValue(Bytes(_verbs, verb, v => v.ToLowerInvariant()));
        Add(_symbolTerm, _symbol, _language, _languageTerm, _key, _numbers, _verb);
    }

    /// <summary>A value's bytes, made once while there are few distinct values (Lucene copies them; it never changes them).</summary>
    static BytesRef Bytes(Dictionary<string, BytesRef> made, string value, Func<string, string> normalise) =>
        Bytes(made, value, v => new BytesRef(normalise(v)));

    static BytesRef Bytes<T>(Dictionary<T, BytesRef> made, T value, Func<T, BytesRef> make) where T : notnull
    {
        if (made.TryGetValue(value, out var bytes)) return bytes;
        bytes = make(value);
        if (made.Count < RememberedValues) made[value] = bytes;
        return bytes;
    }

    void Add(params IIndexableField[] fields)
    {
        foreach (var f in fields) _document.Add(f);
    }
}
