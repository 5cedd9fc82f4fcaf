using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Search.Index.Ingestion;
using Search.Index.Ingestion.Formats;
using Search.Index.Storage;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Ingestion.Pdf;

/// <summary>PDFs that cannot be read are refused one by one with the reason, and the rest of a folder is indexed.</summary>
public class PdfRefusalTests
{
    static byte[] Save(PdfDocument document)
    {
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    static byte[] Scanned()
    {
        ShippedFontResolver.Install();
        var document = new PdfDocument();
        var page = document.AddPage();
        using (var g = XGraphics.FromPdfPage(page))
            g.DrawRectangle(XBrushes.Gray, 72, 72, 400, 600); // a page image stands where the text would be
        return Save(document);
    }

    static byte[] Encrypted()
    {
        var text = File.ReadAllText(TestPaths.CorpusFile("A_RES_68_30-en.md"));
        var source = ResolutionParser.Parse(text, SourceFormat.Markdown).Resolution!;
        using var plain = new MemoryStream(OdsPdfWriter.Write(source));
        var document = PdfSharp.Pdf.IO.PdfReader.Open(plain, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Modify);
        document.SecuritySettings.UserPassword = "user";
        document.SecuritySettings.OwnerPassword = "owner";
        return Save(document);
    }

    static byte[] Seed(string file)
    {
        var text = File.ReadAllText(TestPaths.CorpusFile(file));
        return OdsPdfWriter.Write(ResolutionParser.Parse(text, FormatDetector.Detect(text, file)).Resolution!);
    }

    [Fact]
    public void A_folder_of_pdfs_is_indexed_and_each_bad_one_is_refused_with_its_reason()
    {
        var folder = TestPaths.NewTempDirectory();
        File.WriteAllBytes(Path.Combine(folder, "a-68-30-en.pdf"), Seed("A_RES_68_30-en.md"));
        File.WriteAllBytes(Path.Combine(folder, "b-scanned.pdf"), Scanned());
        File.WriteAllBytes(Path.Combine(folder, "c-encrypted.pdf"), Encrypted());
        var good = Seed("A_RES_67_32-ru.txt");
        File.WriteAllBytes(Path.Combine(folder, "d-truncated.pdf"), good[..(good.Length / 3)]);
        File.WriteAllText(Path.Combine(folder, "e-not-really.pdf"), "%PDF-1.7\nthis is not a PDF body at all\n");
        File.WriteAllBytes(Path.Combine(folder, "f-67-32-ru.pdf"), good);

        using var store = ResolutionStore.Open(TestPaths.NewTempDirectory());
        var seen = new List<string>();
        var report = new Ingestor(store).Ingest([folder], new Progress<FileReport>(f => seen.Add(Path.GetFileName(f.Path))));

        Assert.Equal(2, report.Documents);
        Assert.NotNull(store.Get("A/RES/68/30", "en"));
        Assert.NotNull(store.Get("A/RES/67/32", "ru"));
        string Refusal(string name) => report.Files.Single(f => Path.GetFileName(f.Path) == name).Refusal ?? "";
        Assert.Contains("no text layer", Refusal("b-scanned.pdf"));
        Assert.Contains("scanned", Refusal("b-scanned.pdf"));
        Assert.Contains("encrypted PDF", Refusal("c-encrypted.pdf"));
        Assert.StartsWith("damaged PDF", Refusal("d-truncated.pdf"));
        Assert.StartsWith("damaged PDF", Refusal("e-not-really.pdf"));
        Assert.Equal(4, report.RefusedFiles.Count());
    }

    [Fact]
    public void A_pdf_is_stored_with_its_format_named()
    {
        var folder = TestPaths.NewTempDirectory();
        var path = Path.Combine(folder, "resolution.pdf");
        File.WriteAllBytes(path, Seed("A_RES_68_30-fr.md"));
        using var store = ResolutionStore.Open(TestPaths.NewTempDirectory());
        var report = new Ingestor(store).Ingest([path]);
        Assert.False(Assert.Single(report.Files).Refused);
        var stored = store.Get("A/RES/68/30", "fr")!;
        Assert.Equal("pdf", stored.SourceFormat);
        Assert.Equal("Demande instamment", stored.Paragraphs.Single(p => p.Key == "op4").Verb);
        Assert.Equal("Invite et encourage de nouveau", stored.Paragraphs.Single(p => p.Key == "op8").Verb);
    }
}
