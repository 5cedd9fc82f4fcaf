namespace Search.Index.Tests.Ingestion.RealPdfText;

/// <summary>Every one of the 24 public pdftotext resolutions read so that the layout invariants hold.</summary>
public class InvariantTests
{
    [Theory, MemberData(nameof(PublicPdfTexts.All), MemberType = typeof(PublicPdfTexts))]
    public void Real_pdf_text_reads_with_every_invariant(string symbol)
    {
        var r = PublicPdfTexts.Parse(symbol);
        Assert.Equal(symbol, r.Symbol);
        Assert.Equal("en", r.Language);
        var problems = ReadingInvariants.Check(r, PublicPdfTexts.Text(symbol));
        Assert.True(problems.Count == 0, $"{symbol}:\n" + string.Join("\n", problems));
    }
}
