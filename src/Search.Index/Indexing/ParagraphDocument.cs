using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Index.Documents;

namespace Search.Index.Indexing;

/// <summary>
/// A reusable Lucene document for one paragraph at a time: the fields are made once and their values set for
/// each paragraph, since at a million paragraphs new field objects a paragraph are most of the garbage.
/// </summary>
public sealed class ParagraphDocument
{
    readonly Document _document = new();
    readonly StringField _version = new(IndexSchema.ResolutionVersion, "", Field.Store.NO);
    readonly StringField _symbolTerm = new(IndexSchema.Symbol, "", Field.Store.NO);
    readonly SortedDocValuesField _symbol = new(IndexSchema.Symbol, new BytesRef());
    readonly SortedDocValuesField _language = new(IndexSchema.Language, new BytesRef());
    readonly StringField _languageTerm = new(IndexSchema.Language, "", Field.Store.NO);
    readonly SortedDocValuesField _key = new(IndexSchema.Key, new BytesRef());
    readonly NumericDocValuesField _session = new(IndexSchema.Session, 0);
    readonly NumericDocValuesField _year = new(IndexSchema.Year, 0);
    readonly NumericDocValuesField _date = new(IndexSchema.Date, 0);
    readonly NumericDocValuesField _type = new(IndexSchema.Type, 0);
    readonly NumericDocValuesField _number = new(IndexSchema.Number, 0);
    readonly SortedDocValuesField _verb = new(IndexSchema.Verb, new BytesRef());
    readonly Dictionary<string, Field> _texts;

    public ParagraphDocument(IReadOnlyList<string> languages)
    {
        _texts = languages.ToDictionary(l => l, l => new Field(IndexSchema.TextField(l), "", IndexSchema.TextType));
    }

    /// <summary>The document for one paragraph of a resolution version; valid until the next call.</summary>
    public Document Set(Resolution resolution, string key, ClauseType type, int number, string verb, string text)
    {
        _document.Fields.Clear();
        _version.SetStringValue(IndexSchema.VersionKey(resolution.Symbol, resolution.Language));
        _symbolTerm.SetStringValue(resolution.Symbol);
        _symbol.SetBytesValue(new BytesRef(resolution.Symbol));
        _language.SetBytesValue(new BytesRef(resolution.Language));
        _languageTerm.SetStringValue(resolution.Language);
        _key.SetBytesValue(new BytesRef(key));
        _session.SetInt64Value(resolution.Session ?? 0);
        _year.SetInt64Value(resolution.Year ?? 0);
        _date.SetInt64Value(resolution.AdoptionDate is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : 0);
        _type.SetInt64Value((long)type);
        _number.SetInt64Value(number);
        _verb.SetBytesValue(new BytesRef(verb.ToLowerInvariant()));
        Add(_version, _symbolTerm, _symbol, _language, _languageTerm, _key, _session, _year, _date, _type, _number, _verb);
        if (!_texts.TryGetValue(resolution.Language, out var field))
            throw new ArgumentException($"no analysis for language '{resolution.Language}'");
        field.SetStringValue(text);
        _document.Add(field);
        return _document;
    }

    void Add(params IIndexableField[] fields)
    {
        foreach (var f in fields) _document.Add(f);
    }
}
