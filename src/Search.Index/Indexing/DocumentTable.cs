using System.Text;
using Search.Index.Documents;

namespace Search.Index.Indexing;

/// <summary>
/// Per-document columns, one array a field, indexed by document number: what filters, facets, sorting,
/// cross-language alignment and result display need, without an object per paragraph.
/// </summary>
public sealed class DocumentTable
{
    public required int Count { get; init; }
    public required int[] SymbolIds { get; init; }
    public required string[] Symbols { get; init; }
    public required byte[] LanguageIds { get; init; }
    public required string[] Languages { get; init; }
    /// <summary>0 where unknown.</summary>
    public required short[] Sessions { get; init; }
    /// <summary>0 where unknown.</summary>
    public required short[] Years { get; init; }
    /// <summary>yyyymmdd, 0 where unknown.</summary>
    public required int[] Dates { get; init; }
    public required byte[] Types { get; init; }
    public required int[] Numbers { get; init; }
    public required int[] KeyIds { get; init; }
    public required string[] Keys { get; init; }
    /// <summary>Lead verbs as facet values: lower-cased.</summary>
    public required int[] VerbIds { get; init; }
    public required string[] Verbs { get; init; }
    /// <summary>A verb as first written, for display.</summary>
    public required string[] VerbDisplays { get; init; }
    public required int[] TitleIds { get; init; }
    public required string[] Titles { get; init; }
    public required int[] Lengths { get; init; }
    /// <summary>The next document holding the same clause in another language; a ring, pointing to itself when alone.</summary>
    public required int[] AlignedNext { get; init; }
    public required byte[] TextUtf8 { get; init; }
    public required long[] TextOffsets { get; init; }

    public string Text(int doc) => Encoding.UTF8.GetString(TextUtf8, (int)TextOffsets[doc], (int)(TextOffsets[doc + 1] - TextOffsets[doc]));

    public string Symbol(int doc) => Symbols[SymbolIds[doc]];
    public string Language(int doc) => Languages[LanguageIds[doc]];
    public string Key(int doc) => Keys[KeyIds[doc]];
    public ClauseType Type(int doc) => (ClauseType)Types[doc];
    public string Id(int doc) => Paragraph.IdOf(Symbol(doc), Language(doc), Key(doc));

    public IEnumerable<int> Aligned(int doc)
    {
        for (int d = AlignedNext[doc]; d != doc; d = AlignedNext[d]) yield return d;
    }
}
