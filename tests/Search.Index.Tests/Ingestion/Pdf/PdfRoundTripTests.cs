using Search.Index.Documents;
using Search.Index.Ingestion;
using Search.Index.Ingestion.Formats;
using Search.Index.Ingestion.Pdf;
using Search.Index.Tests.Ingestion.RealPdfText;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Ingestion.Pdf;

/// <summary>
/// PDFs printed in the ODS layout from real texts (the repository's seeds in three languages and the 24 public
/// pdftotext resolutions) read back to the same paragraphs, leads, title, date and footnotes as their text source.
/// </summary>
public class PdfRoundTripTests
{
    static Resolution FromPdf(byte[] pdf)
    {
        var read = PdfTextExtractor.Read(pdf);
        Assert.True(read.Refusal is null, read.Refusal);
        var outcome = ResolutionParser.ParsePdf(read.Text!);
        Assert.True(outcome.Resolution is not null, outcome.Refusal);
        return outcome.Resolution!;
    }

    static void AssertSameReading(Resolution expected, Resolution actual)
    {
        Assert.Equal(expected.Symbol, actual.Symbol);
        Assert.Equal(expected.Language, actual.Language);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.AdoptionDate, actual.AdoptionDate);
        Assert.Equal(expected.Meeting, actual.Meeting);
        Assert.Equal(expected.Paragraphs.Select(p => p.Key), actual.Paragraphs.Select(p => p.Key));
        foreach (var (e, a) in expected.Paragraphs.Zip(actual.Paragraphs))
        {
            Assert.Equal(e.Type, a.Type);
            Assert.Equal(e.Verb, a.Verb);
            Assert.Equal(e.Text, a.Text);
        }
        Assert.Equal(expected.Footnotes.Select(f => (f.Marker, f.Text)), actual.Footnotes.Select(f => (f.Marker, f.Text)));
    }

    public static TheoryData<string> Seeds => new() { "A_RES_68_30-en.md", "A_RES_68_30-fr.md", "A_RES_67_32-en.md", "A_RES_67_32-ru.txt" };

    [Theory, MemberData(nameof(Seeds))]
    public void A_seed_printed_as_pdf_reads_as_its_text(string file)
    {
        var text = File.ReadAllText(TestPaths.CorpusFile(file));
        var source = ResolutionParser.Parse(text, FormatDetector.Detect(text, file)).Resolution!;
        AssertSameReading(source, FromPdf(OdsPdfWriter.Write(source)));
    }

    [Theory, MemberData(nameof(PublicPdfTexts.All), MemberType = typeof(PublicPdfTexts))]
    public void A_public_resolution_printed_as_pdf_reads_as_its_text(string symbol)
    {
        var source = PublicPdfTexts.Parse(symbol);
        AssertSameReading(source, FromPdf(OdsPdfWriter.Write(source)));
    }

    [Fact]
    public void The_lead_is_what_the_pdf_sets_in_italics()
    {
        // Leads no word list knows: only the italics tell where they end.
        var text = File.ReadAllText(TestPaths.CorpusFile("A_RES_68_30-en.md"));
        var source = ResolutionParser.Parse(text, SourceFormat.Markdown).Resolution!;
        var paragraphs = source.Paragraphs.ToList();
        var op1 = paragraphs.FindIndex(p => p.Key == "op1");
        var pp2 = paragraphs.FindIndex(p => p.Key == "pp2");
        paragraphs[op1] = paragraphs[op1] with { Verb = "Encourages", Text = "Encourages further dialogue among States parties;" };
        paragraphs[pp2] = paragraphs[pp2] with { Verb = "Persuaded once more", Text = "Persuaded once more that the Convention works," };
        var edited = source with { Paragraphs = paragraphs };

        var read = FromPdf(OdsPdfWriter.Write(edited));
        Assert.Equal("Encourages", read.Paragraphs.Single(p => p.Key == "op1").Verb);
        Assert.Equal("Persuaded once more", read.Paragraphs.Single(p => p.Key == "pp2").Verb);
    }
}
