using Search.Index.Documents;
using Search.Index.Ingestion;
using Search.Index.Ingestion.Formats;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Ingestion;

public class SeedParsingTests
{
    static Resolution Parse(string file)
    {
        var text = File.ReadAllText(TestPaths.CorpusFile(file));
        var outcome = ResolutionParser.Parse(text, FormatDetector.Detect(text, file), null, file);
        Assert.Null(outcome.Refusal);
        return outcome.Resolution!;
    }

    public static TheoryData<string, string, string, int, string, string, string, string> Seeds => new()
    {
        // file, symbol, language, session, adopted, agenda item, report, meeting
        { "A_RES_68_30-en.md", "A/RES/68/30", "en", 68, "2013-12-05", "99 (j)", "A/68/411", "60th plenary meeting" },
        { "A_RES_68_30-fr.md", "A/RES/68/30", "fr", 68, "2013-12-05", "99 (j)", "A/68/411", "60e séance plénière" },
        { "A_RES_67_32-en.md", "A/RES/67/32", "en", 67, "2012-12-03", "94", "A/67/409", "48th plenary meeting" },
        { "A_RES_67_32-ru.txt", "A/RES/67/32", "ru", 67, "2012-12-03", "", "", "48-e пленарное заседание" },
    };

    [Theory, MemberData(nameof(Seeds))]
    public void Reads_metadata(string file, string symbol, string language, int session, string adopted, string agenda, string report, string meeting)
    {
        var r = Parse(file);
        Assert.Equal(symbol, r.Symbol);
        Assert.Equal(language, r.Language);
        Assert.Equal(ResolutionBody.GeneralAssembly, r.Body);
        Assert.Equal(session, r.Session);
        Assert.Equal(DateOnly.Parse(adopted), r.AdoptionDate);
        Assert.Equal(int.Parse(adopted[..4]), r.Year);
        Assert.Equal(agenda, r.AgendaItem ?? "");
        Assert.Equal(report, r.CommitteeReport ?? "");
        Assert.Equal(meeting, r.Meeting);
        Assert.StartsWith(language switch { "fr" => "Mise en œuvre de la Convention", "ru" => "Осуществление Конвенции", _ => "Implementation of the Convention" }, r.Title);
    }

    public static TheoryData<string> SeedFiles => new() { "A_RES_68_30-en.md", "A_RES_68_30-fr.md", "A_RES_67_32-en.md", "A_RES_67_32-ru.txt" };

    [Theory, MemberData(nameof(SeedFiles))]
    public void Gives_ten_preambular_and_ten_operative_paragraphs_with_their_keys(string file)
    {
        var r = Parse(file);
        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"pp{n}").Concat(Enumerable.Range(1, 10).Select(n => $"op{n}")), r.Paragraphs.Select(p => p.Key));
        Assert.All(r.Paragraphs.Take(10), p => Assert.Equal(ClauseType.Preambular, p.Type));
        Assert.All(r.Paragraphs.Skip(10), p => Assert.Equal(ClauseType.Operative, p.Type));
        Assert.Equal(Enumerable.Range(1, 10), r.Paragraphs.Skip(10).Select(p => p.Number));
        Assert.Single(r.Footnotes);
        Assert.Contains("2056", r.Footnotes[0].Text);
    }

    [Theory, MemberData(nameof(SeedFiles))]
    public void Paragraph_text_is_clean(string file)
    {
        var r = Parse(file);
        foreach (var p in r.Paragraphs)
        {
            foreach (var furniture in new[] { "ODS", "DGAACS", "<sup>", "</", "*", "#", "](", "^", "Treaty Series", "Recueil des Traités", "_____", "A/RES/67/32 ", "\n" })
                Assert.DoesNotContain(furniture, p.Text);
            Assert.DoesNotMatch(@"\p{L}[¹²³]|\p{Ll}1[ ,;]", p.Text); // no footnote markers left on a word
            Assert.DoesNotMatch(@"^\d+\.", p.Text);
            Assert.Equal(p.Text.Trim(), p.Text);
            Assert.DoesNotContain("  ", p.Text);
        }
    }

    [Theory]
    [InlineData("A_RES_68_30-en.md", "Recalling|Reaffirming its determination|Believing it necessary|Wishing|Noting with satisfaction|Recalling|Recalling also|Noting with satisfaction|Emphasizing|Noting with regret",
        "Invites|Urges|Stresses|Urges|Invites|Renews its call upon|Urges|Reiterates its invitation and encouragement|Requests|Decides")]
    [InlineData("A_RES_67_32-en.md", "Recalling|Reaffirming its determination|Believing it necessary|Wishing|Noting with satisfaction|Recalling|Recalling also|Noting with satisfaction|Emphasizing|Noting with regret",
        "Invites|Urges|Stresses|Urges|Invites|Renews its call upon|Urges|Reiterates its invitation and encouragement|Requests|Decides")]
    [InlineData("A_RES_68_30-fr.md", "Rappelant|Réaffirmant|Convaincue|Désireuse|Notant avec satisfaction|Rappelant|Rappelant également|Constatant avec satisfaction|Soulignant|Notant avec regret",
        "Invite|Exhorte|Souligne|Demande instamment|Invite|Demande de nouveau|Demande instamment|Invite et encourage de nouveau|Prie|Décide")]
    [InlineData("A_RES_67_32-ru.txt", "ссылаясь|вновь подтверждая|считая|желая|с удовлетворением отмечая|напоминая|напоминая также|с удовлетворением отмечая|подчеркивая|отмечая с сожалением",
        "предлагает|настоятельно призывает|подчеркивает|настоятельно призывает|предлагает|вновь призывает|настоятельно призывает|вновь предлагает и рекомендует|просит|постановляет")]
    public void Reads_lead_verbs_as_written(string file, string preambular, string operative)
    {
        var r = Parse(file);
        Assert.Equal(preambular.Split('|'), r.Paragraphs.Take(10).Select(p => p.Verb));
        Assert.Equal(operative.Split('|'), r.Paragraphs.Skip(10).Select(p => p.Verb));
        Assert.All(r.Paragraphs, p => Assert.StartsWith(p.Verb, p.Text));
    }

    [Fact]
    public void Joins_a_paragraph_split_by_a_footnote_and_a_page_break()
    {
        var pp6 = Parse("A_RES_68_30-en.md").Paragraphs.Single(p => p.Key == "pp6");
        Assert.Contains("Geneva (2008)", pp6.Text);
        Assert.Contains("Geneva (2008), Geneva (2010), Phnom Penh (2011) and Geneva (2012)", pp6.Text);
        Assert.EndsWith("held in Nairobi (2004),", pp6.Text);
    }

    [Fact]
    public void Joins_an_operative_paragraph_continued_on_the_next_page()
    {
        var op9 = Parse("A_RES_67_32-en.md").Paragraphs.Single(p => p.Key == "op9");
        Assert.Contains("paragraph 4, of the Convention, to invite States not parties to the Convention", op9.Text);
        Assert.EndsWith("future meetings as observers;", op9.Text);
    }

    [Fact]
    public void Undoes_line_breaks_and_keeps_real_hyphens_in_pdf_text()
    {
        var r = Parse("A_RES_67_32-ru.txt");
        var op9 = r.Paragraphs.Single(p => p.Key == "op9").Text;
        Assert.Contains("тринадцатого совещания государств-участников и будущих совещаний", op9);
        var pp5 = r.Paragraphs.Single(p => p.Key == "pp5").Text;
        Assert.Contains("об их уничтожении и существенный прогресс", pp5); // footnote marker "1" removed
        Assert.EndsWith("противопехотных наземных мин,", pp5);
    }

    [Theory]
    [InlineData("A_RES_68_30-en.md", 14, "A/RES/67/32")]
    [InlineData("A_RES_68_30-fr.md", 14, "A/RES/67/32")]
    [InlineData("A_RES_67_32-en.md", 13, "A/RES/66/29")]
    [InlineData("A_RES_67_32-ru.txt", 13, "A/RES/66/29")]
    public void Finds_the_resolutions_it_cites(string file, int count, string last)
    {
        var r = Parse(file);
        Assert.Equal(count, r.Citations.Count);
        Assert.Equal("A/RES/54/54 B", r.Citations[0]);
        Assert.Equal("A/RES/55/33 V", r.Citations[1]);
        Assert.Equal(last, r.Citations[^1]);
        Assert.DoesNotContain(r.Symbol, r.Citations);
        Assert.DoesNotContain(r.Citations, c => c.Contains("411") || c.Contains("409"));
    }

    [Fact]
    public void Detects_language_from_the_text_not_the_file_name()
    {
        var text = File.ReadAllText(TestPaths.CorpusFile("A_RES_68_30-fr.md"));
        var outcome = ResolutionParser.Parse(text, SourceFormat.Markdown, null, "misleading-en.md");
        Assert.Equal("fr", outcome.Resolution!.Language);
    }
}
