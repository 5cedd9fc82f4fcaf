using System.Text.Json;
using Search.Index.Documents;
using Search.Index.Ingestion;
using Search.Index.Ingestion.Formats;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Ingestion.RealPdfText;

/// <summary>The 24 General Assembly resolutions of ../shared/corpus-ext/ga_res_en_pdftext_public.jsonl, as pdftotext gave them.</summary>
public static class PublicPdfTexts
{
    public const string FileName = "ga_res_en_pdftext_public.jsonl";

    public static readonly string[] Symbols =
    [
        "A/RES/70/10", "A/RES/70/30", "A/RES/70/91", "A/RES/70/118", "A/RES/70/146", "A/RES/70/212", "A/RES/70/251", "A/RES/70/305",
        "A/RES/71/44", "A/RES/71/97", "A/RES/71/139", "A/RES/71/161 B", "A/RES/71/178", "A/RES/71/222", "A/RES/71/274", "A/RES/71/312",
        "A/RES/72/1", "A/RES/72/40", "A/RES/72/91", "A/RES/72/119", "A/RES/72/165", "A/RES/72/212", "A/RES/72/265", "A/RES/72/277",
    ];

    public static TheoryData<string> All => new(Symbols);

    static Dictionary<string, string>? _texts;

    /// <summary>The raw text of one resolution; skips the test when ../shared is absent.</summary>
    public static string Text(string symbol)
    {
        var path = TestPaths.SharedFile("corpus-ext", FileName);
        _texts ??= File.ReadLines(path)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => r.GetProperty("symbol").GetString()!, r => r.GetProperty("text").GetString()!);
        return _texts[symbol];
    }

    /// <summary>Parsed from the text alone, as a user's .txt file would be: no symbol or language given.</summary>
    public static Resolution Parse(string symbol)
    {
        var text = Text(symbol);
        var outcome = ResolutionParser.Parse(text, FormatDetector.Detect(text), null, symbol);
        Assert.True(outcome.Resolution is not null, $"{symbol} refused: {outcome.Refusal}");
        return outcome.Resolution!;
    }
}
