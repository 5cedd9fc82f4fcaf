using System.Text;
using Search.Index.Analysis.Languages;
using Search.Index.Ingestion;
using Search.Index.Ingestion.Formats;

namespace Search.Index.Tests.Ingestion;

/// <summary>A long resolution whose first part is tables of names and figures is still read in its language.</summary>
public class LongDocumentLanguageTests
{
    static string Table(int rows)
    {
        var sb = new StringBuilder();
        var names = new[] { "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan" };
        for (int i = 0; i < rows; i++)
            sb.Append(names[i % names.Length]).Append(' ').Append(0.001 * (i % 997)).Append(' ').Append(1000 + i * 7).Append(" USD ").Append(i % 13).Append('\n');
        return sb.ToString();
    }

    static string Seed(string file) => File.ReadAllText(Support.TestPaths.CorpusFile(file));

    [Theory]
    [InlineData("A_RES_67_32-en.md", "en")]
    [InlineData("A_RES_68_30-fr.md", "fr")]
    public void A_text_whose_first_250_000_characters_are_a_table_is_read_in_its_language(string file, string language)
    {
        var seed = Seed(file);
        var text = Table(9_000) + "\n\n" + string.Concat(Enumerable.Repeat(seed + "\n\n", 3));
        Assert.True(text.IndexOf(seed[..50], StringComparison.Ordinal) > 250_000);
        Assert.Equal(language, LanguageDetector.Detect(text));
    }

    [Fact]
    public void A_long_resolution_with_thousands_of_paragraphs_behind_a_table_is_not_refused()
    {
        // 3,000 numbered paragraphs (about 600,000 characters) behind a table longer than the part the old detector sampled.
        var sb = new StringBuilder("68/30. Implementation of the Convention\n\nThe General Assembly,\n\n");
        sb.Append("Recalling its resolutions,\n\n");
        for (int n = 1; n <= 3_000; n++)
            sb.Append(n).Append(". Requests the Secretary-General to continue to provide the assistance set out in the report of the Committee on the work of its sessions, and to report thereon to the Assembly at its next session;\n\n");
        var text = Table(16_000) + "\n\n" + sb;
        Assert.True(text.Length > 600_000);
        var outcome = ResolutionParser.Parse(text, SourceFormat.PdfText);
        Assert.Null(outcome.Refusal);
        Assert.Equal("en", outcome.Resolution!.Language);
    }

    [Fact]
    public void Tables_alone_are_still_in_no_language() => Assert.Null(LanguageDetector.Detect(Table(20_000)));

    [Fact]
    public void A_few_english_lines_in_a_long_foreign_text_do_not_make_it_english()
    {
        var german = string.Concat(Enumerable.Repeat("Die Generalversammlung ersucht den Generalsekretär, der Versammlung auf ihrer nächsten Tagung Bericht zu erstatten. ", 4_000));
        var text = german + " The General Assembly requests the Secretary-General to report to the Assembly at its next session on the work. " + german;
        Assert.Null(LanguageDetector.Detect(text));
    }
}
