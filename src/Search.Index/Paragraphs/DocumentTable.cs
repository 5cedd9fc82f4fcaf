using System.Text;
using Search.Index.Documents;

namespace Search.Index.Paragraphs;

/// <summary>The store's paragraphs as columns: the filter columns and, for display and the semantic model, texts, keys and titles.</summary>
public sealed class DocumentTable : DocColumns
{
    public required int[] Numbers { get; init; }
    public required int[] KeyIds { get; init; }
    public required string[] Keys { get; init; }
    /// <summary>A verb as first written, for display.</summary>
    public required string[] VerbDisplays { get; init; }
    public required int[] TitleIds { get; init; }
    public required string[] Titles { get; init; }
    public required int[] Lengths { get; init; }
    public required byte[] TextUtf8 { get; init; }
    public required long[] TextOffsets { get; init; }

    public string Text(int doc) => Encoding.UTF8.GetString(TextUtf8, (int)TextOffsets[doc], (int)(TextOffsets[doc + 1] - TextOffsets[doc]));

    public string Key(int doc) => Keys[KeyIds[doc]];
    public string Id(int doc) => Paragraph.IdOf(Symbol(doc), Language(doc), Key(doc));

    public IEnumerable<int> Aligned(int doc)
    {
        for (int d = AlignedNext[doc]; d != doc; d = AlignedNext[d]) yield return d;
    }
}
