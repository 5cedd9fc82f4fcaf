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
    public required byte[] TextUtf8 { get => _text ?? throw new InvalidOperationException("the texts were let go; read them through Text"); init => _text = value; }
    public required long[] TextOffsets { get; init; }

    byte[]? _text;
    Func<int, string>? _textFrom;

    public string Text(int doc) => Volatile.Read(ref _text) is { } text
        ? Encoding.UTF8.GetString(text, (int)TextOffsets[doc], (int)(TextOffsets[doc + 1] - TextOffsets[doc]))
        : _textFrom!(doc);

    /// <summary>
    /// Lets go of the texts held in memory (half a gigabyte at a million paragraphs) once the model and the
    /// vectors are made: the few texts a similar-clause answer or a comparison shows are read where they came
    /// from instead.
    /// </summary>
    public void ReleaseTexts(Func<int, string> textFrom)
    {
        _textFrom = textFrom;
        Volatile.Write(ref _text, null);
    }

    public string Key(int doc) => Keys[KeyIds[doc]];
    public string Id(int doc) => Paragraph.IdOf(Symbol(doc), Language(doc), Key(doc));

    public IEnumerable<int> Aligned(int doc)
    {
        for (int d = AlignedNext[doc]; d != doc; d = AlignedNext[d]) yield return d;
    }
}
