using Search.Index.Documents;

namespace Search.Index.Tests.Ingestion.RealPdfText;

/// <summary>
/// Ten of the 24 public pdftotext resolutions, read by hand against their text: paragraph counts and keys,
/// leads, first and last words where a page break, a footnote or an extraction slip touches them, title, date.
/// </summary>
public class HandCheckedTests
{
    static string[] Leads(Resolution r, ClauseType type) => r.Paragraphs.Where(p => p.Type == type).Select(p => p.Verb).ToArray();

    static Paragraph Key(Resolution r, string key) => r.Paragraphs.Single(p => p.Key == key);

    [Fact]
    public void Iaea_report_70_10_keeps_a_paragraph_whose_last_word_was_printed_first()
    {
        var r = PublicPdfTexts.Parse("A/RES/70/10");
        Assert.Equal("Report of the International Atomic Energy Agency", r.Title);
        Assert.Equal(new DateOnly(2015, 11, 17), r.AdoptionDate);
        Assert.Equal("87", r.AgendaItem);
        Assert.Equal("56th plenary meeting", r.Meeting);
        Assert.Equal(["Having received", "Taking note", "Recognizing", "Recognizing also"], Leads(r, ClauseType.Preambular));
        Assert.Equal(["Takes note with appreciation", "Takes note", "Reaffirms", "Appeals", "Requests"], Leads(r, ClauseType.Operative));
        Assert.Equal("Having received the report of the International Atomic Energy Agency for 2014,", Key(r, "pp1").Text);
        Assert.Equal("Takes note with appreciation of the report of the International Atomic Energy Agency;", Key(r, "op1").Text);
        // pdftotext printed "Agency;" above the rest of the paragraph.
        Assert.Equal("Appeals to Member States to continue to support the activities of the Agency;", Key(r, "op4").Text);
        // Paragraph 2 runs across the page break and its running head.
        Assert.Contains("GC(59)/DEC/11 on the promotion of efficiency and effectiveness of the Agency’s decision-making process", Key(r, "op2").Text);
        Assert.Equal("See A/70/219.", Assert.Single(r.Footnotes).Text);
    }

    [Fact]
    public void Rule_of_law_70_118_keeps_its_sub_paragraphs_and_its_exploded_line()
    {
        var r = PublicPdfTexts.Parse("A/RES/70/118");
        Assert.Equal("The rule of law at the national and international levels", r.Title);
        Assert.Equal(new DateOnly(2015, 12, 14), r.AdoptionDate);
        Assert.Equal(["Recalling", "Reaffirming", "Reaffirming", "Reaffirming also", "Bearing in mind", "Convinced", "Reaffirming", "Convinced", "Recalling"],
            Leads(r, ClauseType.Preambular));
        Assert.Equal(Enumerable.Range(1, 23).Select(n => $"op{n}"), r.Paragraphs.Where(p => p.Type == ClauseType.Operative).Select(p => p.Key));
        // The justified line came out one word per block, with the paragraph's last word first.
        Assert.Equal("Welcomes the adoption of the 2030 Agenda for Sustainable Development;", Key(r, "op7").Text);
        var op8 = Key(r, "op8").Text;
        Assert.Contains("\n(a) Reaffirms its support for the annual treaty event", op8);
        Assert.Contains("giving effect to that article, taking into account recent developments", op8); // reference 6 and a page break
        Assert.EndsWith("(e) Welcomes the organization of workshops on treaty law and practice by the Treaty Section, both at the regional level and at United Nations Headquarters, as an important capacity-building initiative, and invites States to continue to support this activity;", op8);
        Assert.Equal(["Reiterates its request", "Calls", "Calls upon", "Expresses full support"], new[] { "op12", "op13", "op14", "op15" }.Select(k => Key(r, k).Verb));
        Assert.Equal("Recalls", Key(r, "op18").Verb); // "encourages further dialogue" inside it is no lead
        Assert.Equal(6, r.Footnotes.Count);
        Assert.Equal(["Resolution 60/1.", "Resolution 67/1.", "A/68/213/Add.1.", "A/70/206.", "Resolution 70/1."], r.Footnotes.Take(5).Select(f => f.Text));
    }

    [Fact]
    public void Women_in_science_70_212_reads_across_a_page_that_starts_with_the_title()
    {
        var r = PublicPdfTexts.Parse("A/RES/70/212");
        Assert.Equal("International Day of Women and Girls in Science", r.Title);
        Assert.Equal(new DateOnly(2015, 12, 22), r.AdoptionDate);
        Assert.Equal(["Reaffirming", "Reaffirming also", "Recalling", "Recalling also", "Realizing", "Realizing also", "Reaffirming", "Reaffirming also", "Recognizing", "Recognizing also", "Welcoming"],
            Leads(r, ClauseType.Preambular));
        Assert.Equal(["Decides", "Invites", "Invites", "Stresses", "Requests"], Leads(r, ClauseType.Operative));
        Assert.EndsWith("adopted at its fifty-fifth session,", Key(r, "pp4").Text);
        Assert.Equal("Stresses that the cost of all activities that may arise from the implementation of the present resolution should be met from voluntary contributions;", Key(r, "op4").Text);
        Assert.Equal(0, r.Paragraphs.Count(p => p.Type == ClauseType.Annex));
    }

    [Fact]
    public void Working_capital_fund_70_251_keeps_its_items_under_resolves_that()
    {
        var r = PublicPdfTexts.Parse("A/RES/70/251");
        Assert.Equal("Working Capital Fund for the biennium 2016–2017", r.Title);
        var op = Assert.Single(r.Paragraphs);
        Assert.Equal("Resolves", op.Verb);
        Assert.StartsWith("Resolves that:\n1. The Working Capital Fund shall be established", op.Text);
        Assert.Contains("\n6. Should the provision in paragraph 1 above prove inadequate", op.Text);
        Assert.Contains("\n(a) Credits to Member States resulting from transfers made in 1959 and 1960", op.Text);
    }

    [Fact]
    public void Revitalization_70_305_leaves_section_headings_out_and_reads_both_annexes()
    {
        var r = PublicPdfTexts.Parse("A/RES/70/305");
        Assert.Equal(new DateOnly(2016, 9, 13), r.AdoptionDate);
        Assert.Equal(69, r.Paragraphs.Count(p => p.Type == ClauseType.Operative));
        Assert.EndsWith("for further consideration by the Ad Hoc Working Group at the seventy-first session;", Key(r, "op5").Text);
        Assert.EndsWith("there should be no monopoly on senior posts in the United Nations system by nationals of any State or group of States;", Key(r, "op45").Text);
        Assert.DoesNotContain(r.Paragraphs, p => p.Text.Contains("Working methods 16.") || p.Text == "Working methods");
        Assert.StartsWith("Commends the President of the General Assembly at its seventieth session", Key(r, "op46").Text);
        var annex = r.Paragraphs.Where(p => p.Type == ClauseType.Annex).ToList();
        Assert.Equal("Oath of Office", annex[0].Text);
        Assert.StartsWith("I solemnly declare that I shall truthfully perform my duties", annex[1].Text);
        Assert.Equal("Code of ethics for the President of the General Assembly", annex[2].Text);
        Assert.Contains(annex, p => p.Text.StartsWith("1. The President of the General Assembly in performing his or her duties"));
    }

    [Fact]
    public void Cholera_71_161_B_takes_its_part_letter_from_under_the_title()
    {
        var r = PublicPdfTexts.Parse("A/RES/71/161 B");
        Assert.Equal("The new United Nations approach to cholera in Haiti", r.Title);
        Assert.Equal(new DateOnly(2017, 7, 13), r.AdoptionDate);
        Assert.Equal(12, r.Paragraphs.Count(p => p.Type == ClauseType.Preambular));
        Assert.Equal("Reiterating its grave concern", Key(r, "pp2").Verb);
        Assert.Equal(["Welcomes", "Reaffirms", "Welcomes", "Encourages", "Reaffirms", "Welcomes", "Also welcomes", "Requests", "Also requests"], Leads(r, ClauseType.Operative));
        Assert.Equal("Welcomes the report of the Secretary-General on the new approach to cholera in Haiti;", Key(r, "op1").Text);
        Assert.StartsWith("Resolution 71/161, in section I of the Official Records", r.Footnotes[0].Text);
    }

    [Fact]
    public void Budget_outline_71_274_reads_a_title_on_two_lines_and_leads_with_adverbs()
    {
        var r = PublicPdfTexts.Parse("A/RES/71/274");
        Assert.Equal("Proposed programme budget outline for the biennium 2018–2019", r.Title);
        Assert.Equal(["Reaffirming", "Reaffirming also", "Reaffirming further", "Recalling", "Having considered"], Leads(r, ClauseType.Preambular));
        Assert.Equal(["Takes note", "Endorses", "Reaffirms", "Also reaffirms", "Further reaffirms", "Stresses", "Invites", "Decides", "Also decides", "Requests", "Decides"],
            Leads(r, ClauseType.Operative));
        Assert.Equal("Takes note of the report of the Secretary-General;", Key(r, "op1").Text);
        Assert.EndsWith("and the related report of the Advisory Committee on Administrative and Budgetary Questions,", Key(r, "pp5").Text);
        Assert.Equal(["A/71/428.", "A/71/634."], r.Footnotes.Select(f => f.Text));
    }

    [Fact]
    public void Trafficking_declaration_72_1_is_annexed_text_without_an_annex_heading()
    {
        var r = PublicPdfTexts.Parse("A/RES/72/1");
        Assert.Equal("Political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons", r.Title);
        Assert.Equal(new DateOnly(2017, 9, 27), r.AdoptionDate);
        Assert.Equal(0, r.Paragraphs.Count(p => p.Type == ClauseType.Preambular));
        var op = Assert.Single(r.Paragraphs, p => p.Type == ClauseType.Operative);
        Assert.Equal("Adopts", op.Verb);
        var annex = r.Paragraphs.Where(p => p.Type == ClauseType.Annex).ToList();
        Assert.Equal(26, annex.Count); // the declaration's 26 paragraphs; its heading is the title
        Assert.StartsWith("1. We, the States Members of the United Nations, reaffirm", annex[0].Text);
        Assert.Contains("We reiterate our commitment to promote education and awareness-raising campaigns", annex[2].Text); // across a page
        Assert.StartsWith("26. We recognize that arrangements are needed", annex[^1].Text);
        Assert.Equal(7, r.Footnotes.Count);
    }

    [Fact]
    public void Non_self_governing_territories_72_91_reads_the_committee_and_a_reference_before_the_rule()
    {
        var r = PublicPdfTexts.Parse("A/RES/72/91");
        Assert.Equal("Information from Non-Self-Governing Territories transmitted under Article 73 e of the Charter of the United Nations", r.Title);
        Assert.Equal(new DateOnly(2017, 12, 7), r.AdoptionDate);
        Assert.Equal("A/72/452", r.CommitteeReport);
        Assert.Equal(["Recalling", "Recalling also", "Stressing", "Mindful", "Recalling", "Having examined"], Leads(r, ClauseType.Preambular));
        Assert.Equal(["Reaffirms", "Requests", "Also requests", "Requests", "Requests"], Leads(r, ClauseType.Operative));
        Assert.Equal("Having examined the report of the Secretary-General,", Key(r, "pp6").Text);
        Assert.Equal("A/72/62.", Assert.Single(r.Footnotes).Text);
    }

    [Fact]
    public void Global_pact_72_277_reads_leads_after_adverbs()
    {
        var r = PublicPdfTexts.Parse("A/RES/72/277");
        Assert.Equal("Towards a Global Pact for the Environment", r.Title);
        Assert.Equal(new DateOnly(2018, 5, 10), r.AdoptionDate);
        Assert.Equal(7, r.Paragraphs.Count(p => p.Type == ClauseType.Preambular));
        Assert.Equal(11, r.Paragraphs.Count(p => p.Type == ClauseType.Operative));
        Assert.Equal("Also requests", Key(r, "op11").Verb);
        Assert.EndsWith("to make financial contributions to the voluntary trust fund.", Key(r, "op11").Text);
    }
}
