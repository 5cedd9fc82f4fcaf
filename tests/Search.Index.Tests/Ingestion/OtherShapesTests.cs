using System.Text.Json;
using Search.Index.Documents;
using Search.Index.Ingestion;
using Search.Index.Storage;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Ingestion;

/// <summary>Real UN texts of other shapes from ../shared/corpus-ext; the counts were checked by reading the texts.</summary>
public class OtherShapesTests
{
    static (ResolutionStore Store, IngestionReport Report) IngestShared(string file)
    {
        var path = TestPaths.SharedFile("corpus-ext", file);
        var store = ResolutionStore.Open(TestPaths.NewTempDirectory());
        return (store, new Ingestor(store).Ingest([path]));
    }

    [Fact]
    public void Universal_declaration_in_three_languages_aligns_clause_by_clause()
    {
        var (store, report) = IngestShared("udhr_a_res_217A_III.en-fr-ru.jsonl");
        using var _ = store;
        Assert.Equal(3, report.Documents);
        var versions = store.GetVersions("A/RES/217 A (III)");
        Assert.Equal(["en", "fr", "ru"], versions.Select(v => v.Language));
        foreach (var v in versions)
        {
            // Seven recitals ("Whereas", "Considérant", "принимая во внимание"; the English "Now, therefore," joins the
            // seventh), the proclamation after "The General Assembly", then the 50 paragraphs of the 30 articles.
            Assert.Equal(7, v.Paragraphs.Count(p => p.Type == ClauseType.Preambular));
            Assert.Equal(1, v.Paragraphs.Count(p => p.Type == ClauseType.Operative));
            Assert.Equal(50, v.Paragraphs.Count(p => p.Type == ClauseType.Annex));
            Assert.Equal(3, v.Session);
            Assert.Equal(new DateOnly(1948, 12, 10), v.AdoptionDate);
        }
        Assert.Equal(["Proclaims", "Proclame", "провозглашает"], versions.Select(v => v.Paragraphs.Single(p => p.Key == "op1").Verb));
        Assert.StartsWith("Everyone has the right to education", versions[0].Paragraphs.Single(p => p.Key == "an41").Text);
        Assert.StartsWith("Toute personne a droit à l’éducation", versions[1].Paragraphs.Single(p => p.Key == "an41").Text);
    }

    [Fact]
    public void Security_council_resolutions_are_read_without_exceptions()
    {
        var (store, report) = IngestShared("unsc_res_en_gold.jsonl");
        using var _ = store;
        var file = Assert.Single(report.Files);
        Assert.False(file.Refused);
        // 902 records; a few early ones are decisions with no clause structure and are reported, not stored.
        Assert.InRange(report.Documents, 880, 902);
        Assert.Equal(902 - report.Documents, file.Warnings.Count(w => w.Contains("not a resolution")));

        var r242 = store.Get("S/RES/242 (1967)", "en")!;
        Assert.Equal(ResolutionBody.SecurityCouncil, r242.Body);
        Assert.Equal(1967, r242.Year);
        Assert.Equal(new DateOnly(1967, 11, 22), r242.AdoptionDate);
        Assert.Equal(["pp1", "pp2", "pp3", "op1", "op2", "op3", "op4"], r242.Paragraphs.Select(p => p.Key));
        Assert.Equal(["Expressing", "Emphasizing", "Emphasizing further", "Affirms", "Affirms further", "Requests", "Requests"], r242.Paragraphs.Select(p => p.Verb));
        Assert.Contains("(a) For guaranteeing freedom of navigation", r242.Paragraphs.Single(p => p.Key == "op2").Text);

        var r501 = store.Get("S/RES/501 (1982)", "en")!;
        Assert.Equal(6, r501.Paragraphs.Count(p => p.Type == ClauseType.Preambular));
        Assert.Equal(6, r501.Paragraphs.Count(p => p.Type == ClauseType.Operative));
        Assert.Equal(13, r501.Citations.Count);
        Assert.Equal("S/RES/425 (1978)", r501.Citations[0]);
    }

    [Fact]
    public void Records_without_the_required_fields_are_refused_with_their_line()
    {
        var (store, report) = IngestShared("ibe_ice_recommendations_1934_2008.fr-en.jsonl");
        using var _ = store;
        var file = Assert.Single(report.Files);
        Assert.True(file.Refused);
        Assert.Contains("no usable JSON Lines record", file.Refusal);
        Assert.Contains("line 1: missing 'symbol', 'lang', 'text'", file.Warnings);
        Assert.Equal(0, report.Documents);
    }

    [Fact]
    public void Aligned_sentences_are_kept_for_the_semantic_model_and_not_searched()
    {
        var path = TestPaths.SharedFile("corpus-ext", "unpc_devset_2015_part1.en-fr-ru.jsonl");
        using var store = ResolutionStore.Open(TestPaths.NewTempDirectory());
        var ingestor = new Ingestor(store);
        ingestor.Ingest([TestPaths.Corpus]);
        var engine = new Search.Index.Searching.SearchEngine(Search.Index.Analysis.UnAnalysis.Instance);
        engine.Rebuild(store);
        var before = engine.Semantic.ModelId;

        var report = ingestor.Ingest([path]);
        var file = Assert.Single(report.Files);
        Assert.False(file.Refused);
        Assert.Equal(2000, file.AlignedGroups);
        Assert.Equal(0, report.Documents);
        Assert.Equal(2000, store.ReadParallelTexts().Count);
        Assert.Equal(["en", "fr", "ru"], store.ReadParallelTexts()[0].Select(t => t.Language));

        // Importing again replaces rather than adds.
        ingestor.Ingest([path]);
        Assert.Equal(2000, store.ReadParallelTexts().Count);

        engine.Rebuild(store);
        Assert.NotEqual(before, engine.Semantic.ModelId); // retrained with the aligned text
        Assert.Equal(80, engine.ParagraphCount); // nothing of it is searchable
    }

    [Fact]
    public void Unreadable_aligned_sentences_are_reported_by_line()
    {
        var directory = TestPaths.NewTempDirectory();
        var path = Path.Combine(directory, "aligned.jsonl");
        File.WriteAllLines(path,
        [
            """{"en": "The General Assembly,", "fr": "L'Assemblée générale,"}""",
            """{"en": "Urges all States""",
            """{"en": "Only one language here"}""",
            """{"en": "Welcomes the report", "ru": "Приветствует доклад"}""",
        ]);
        using var store = ResolutionStore.Open(Path.Combine(directory, "store"));
        var file = Assert.Single(new Ingestor(store).Ingest([path]).Files);
        Assert.False(file.Refused);
        Assert.Equal(2, file.AlignedGroups);
        Assert.Contains(file.Warnings, w => w.StartsWith("line 2: not valid JSON"));
        Assert.Contains(file.Warnings, w => w.StartsWith("line 3: fewer than two languages"));
        Assert.Equal(2, store.ReadParallelTexts().Count);
    }
}
