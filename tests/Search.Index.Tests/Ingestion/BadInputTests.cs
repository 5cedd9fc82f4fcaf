using System.Text;
using Search.Index.Ingestion;
using Search.Index.Storage;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Ingestion;

/// <summary>Every bad input is refused or read with a one-line reason; the batch goes on; the store keeps nothing half-written.</summary>
public class BadInputTests : IDisposable
{
    readonly string _dir = TestPaths.NewTempDirectory();
    readonly ResolutionStore _store;

    public BadInputTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        _store = ResolutionStore.Open(Path.Combine(_dir, "index"));
    }

    public void Dispose() => _store.Dispose();

    string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    FileReport IngestOne(string path) => Assert.Single(new Ingestor(_store).Ingest([path]).Files);

    [Fact]
    public void Empty_file_is_refused()
    {
        Assert.Equal("empty file", IngestOne(Write("empty.md", [])).Refusal);
        Assert.Equal("empty file (only white space)", IngestOne(Write("blank.md", "\n  \n"u8.ToArray())).Refusal);
    }

    [Fact]
    public void Binary_file_is_refused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        Assert.StartsWith("binary file", IngestOne(Write("image.txt", bytes)).Refusal);
    }

    [Fact]
    public void Windows_1251_russian_text_is_read_and_the_guess_reported()
    {
        var text = File.ReadAllText(TestPaths.CorpusFile("A_RES_67_32-ru.txt"));
        var report = IngestOne(Write("ru-1251.txt", Encoding.GetEncoding(1251).GetBytes(text)));
        Assert.False(report.Refused, report.Refusal);
        Assert.Contains("not valid UTF-8: read as Windows-1251", report.Warnings);
        var stored = _store.Get("A/RES/67/32", "ru")!;
        Assert.Equal(20, stored.Paragraphs.Count);
        Assert.StartsWith("настоятельно призывает все государства", stored.Paragraphs.Single(p => p.Key == "op2").Text);
    }

    [Fact]
    public void Koi8_r_russian_text_is_read_and_the_guess_reported()
    {
        var text = File.ReadAllText(TestPaths.CorpusFile("A_RES_67_32-ru.txt"));
        var report = IngestOne(Write("ru-koi8.txt", Encoding.GetEncoding("koi8-r").GetBytes(text)));
        Assert.False(report.Refused, report.Refusal);
        Assert.Contains("not valid UTF-8: read as KOI8-R", report.Warnings);
        Assert.StartsWith("настоятельно призывает все государства", _store.Get("A/RES/67/32", "ru")!.Paragraphs.Single(p => p.Key == "op2").Text);
    }

    [Fact]
    public void Latin_1_french_text_is_read_and_the_guess_reported()
    {
        var text = File.ReadAllText(TestPaths.CorpusFile("A_RES_68_30-fr.md")).Replace("œ", "oe"); // œ is not in Latin-1
        var report = IngestOne(Write("fr-latin1.md", Encoding.Latin1.GetBytes(text)));
        Assert.False(report.Refused, report.Refusal);
        Assert.Contains("not valid UTF-8: read as Windows-1252", report.Warnings);
        Assert.Equal("Demande instamment", _store.Get("A/RES/68/30", "fr")!.Paragraphs.Single(p => p.Key == "op4").Verb);
    }

    [Fact]
    public void Text_that_is_not_a_resolution_is_refused()
    {
        var prose = "The weather was fine and the committee went for a walk along the lake. Nobody spoke of resolutions that day, and the minutes were never written.";
        Assert.Equal("no preambular or operative paragraphs found: not a resolution", IngestOne(Write("prose.txt", Encoding.UTF8.GetBytes(prose))).Refusal);
        var german = "Die Generalversammlung, unter Hinweis auf ihre Resolutionen, fordert alle Staaten auf, die Konvention zu ratifizieren.";
        Assert.StartsWith("language not recognised", IngestOne(Write("de.txt", Encoding.UTF8.GetBytes(german))).Refusal);
    }

    [Fact]
    public void A_resolution_without_a_symbol_is_refused()
    {
        var text = File.ReadAllText(TestPaths.CorpusFile("A_RES_68_30-en.md")).Replace("### 68/30. ", "### ");
        Assert.StartsWith("no resolution symbol found", IngestOne(Write("nosymbol.md", Encoding.UTF8.GetBytes(text))).Refusal);
    }

    [Fact]
    public void A_20_MB_file_is_refused_without_being_read()
    {
        var path = Path.Combine(_dir, "huge.txt");
        using (var f = File.Create(path)) f.SetLength(20L * 1024 * 1024);
        Assert.StartsWith("file too large (20 MB", IngestOne(path).Refusal);
    }

    [Fact]
    public void A_missing_folder_is_reported_and_the_batch_goes_on()
    {
        var report = new Ingestor(_store).Ingest([Path.Combine(_dir, "no-such-folder"), TestPaths.CorpusFile("A_RES_68_30-en.md")]);
        Assert.Equal("no such file or folder", report.Files[0].Refusal);
        Assert.Equal(1, report.Documents);
    }

    [Fact]
    public void Refused_files_leave_the_store_as_it_was()
    {
        var good = TestPaths.CorpusFile("A_RES_68_30-en.md");
        var generation = _store.Generation;
        var report = new Ingestor(_store).Ingest([Write("bad.md", []), good, Write("bad2.txt", "hello"u8.ToArray())]);
        Assert.Equal(2, report.RefusedFiles.Count());
        Assert.Equal(1, report.Documents);
        Assert.Equal(generation + 1, _store.Generation); // one commit: the good file only
        Assert.Single(_store.List());
    }

    [Fact]
    public void Json_lines_with_a_broken_record_keep_the_good_ones_and_name_the_bad_line()
    {
        var en = File.ReadAllText(TestPaths.CorpusFile("A_RES_67_32-en.md"));
        var lines = string.Join("\n",
            System.Text.Json.JsonSerializer.Serialize(new { symbol = "A/RES/67/32", lang = "en", text = en }),
            "{not json",
            System.Text.Json.JsonSerializer.Serialize(new { symbol = "A/RES/1/1", text = "x" }));
        var report = IngestOne(Write("mixed.jsonl", Encoding.UTF8.GetBytes(lines)));
        Assert.False(report.Refused);
        Assert.Equal("A/RES/67/32", Assert.Single(report.Added).Symbol);
        Assert.Contains(report.Warnings, w => w.StartsWith("line 2: not valid JSON"));
        Assert.Contains("line 3: missing 'lang'", report.Warnings);
    }
}
