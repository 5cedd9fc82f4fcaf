using Search.Index.Analysis.Languages;
using Search.Index.Documents;
using Search.Index.Ingestion.Clauses;
using Search.Index.Ingestion.Formats;
using Search.Index.Ingestion.Metadata;
using Search.Index.Ingestion.Pdf;

namespace Search.Index.Ingestion;

/// <summary>From the text of one resolution version to a structured <see cref="Resolution"/>.</summary>
public static class ResolutionParser
{
    public static ParseOutcome Parse(string text, SourceFormat format, ParseHints? hints = null, string? sourcePath = null) =>
        Parse(text, format, hints, sourcePath, language => format == SourceFormat.Markdown ? MarkdownReader.Read(text) : PdfTextReader.Read(text, language));

    /// <summary>A PDF file's text, with the italic leads and page marks its layout gave.</summary>
    public static ParseOutcome ParsePdf(PdfPageText pdf, ParseHints? hints = null, string? sourcePath = null) =>
        Parse(pdf.Text, SourceFormat.Pdf, hints, sourcePath, language => PdfTextReader.Read(PageLayout.Read(pdf.Text, paged: true), language, pdf.ItalicLeads, referencesRemoved: true));

    static ParseOutcome Parse(string text, SourceFormat format, ParseHints? hints, string? sourcePath, Func<string, CleanDocument> read)
    {
        hints ??= new ParseHints();
        var warnings = new List<string>();
        var detected = LanguageDetector.Detect(format == SourceFormat.Markdown ? MarkdownReader.CleanInline(text) : text);
        var language = hints.Language is { } stated && SupportedLanguages.IsSupported(stated) ? stated : detected;
        if (language is null)
            return ParseOutcome.Refused("language not recognised: only English, French and Russian texts are indexed");
        if (hints.Language is { } given && detected is not null && given != detected)
            warnings.Add($"stated language '{given}' but the text reads as '{detected}'");

        var clean = read(language);
        var blocks = clean.Blocks;

        int opener = IndexOf(blocks, b => ClauseMarkers.Opener(b.Text) is not null, 0, blocks.Count);
        int firstLead = IndexOf(blocks, b => b.Emphasis is not null && ClauseMarkers.Opener(b.Emphasis) is null || LeadPhrases.LooksLikePreambularLead(language, b.Text), 0, opener >= 0 ? opener : blocks.Count);
        int firstNumbered = IndexOf(blocks, b => ClauseMarkers.TryOperativeNumber(b.Text, out _, out _), 0, blocks.Count);
        int bodyStart = new[] { firstLead, opener, firstNumbered }.Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (bodyStart < 0)
            return ParseOutcome.Refused("no preambular or operative paragraphs found: not a resolution", warnings);

        var facts = HeaderFacts.Read(blocks.Take(bodyStart));
        var inFurniture = clean.SymbolsInFurniture.Select(Symbols.Normalize).FirstOrDefault(s => s is not null);
        var symbol = Symbols.Normalize(hints.Symbol) ?? facts.Symbol ?? inFurniture;
        // A later part ("71/161 B") may print its letter apart from the title line; the running head names it.
        if (symbol is not null && inFurniture is not null && inFurniture.StartsWith(symbol + " ", StringComparison.Ordinal) && inFurniture.Length == symbol.Length + 2)
            symbol = inFurniture;
        if (symbol is null)
            return ParseOutcome.Refused("no resolution symbol found (expected a heading such as '68/30. Title' or a symbol such as A/RES/68/30)", warnings);

        var segmented = new ClauseSegmenter(language).Segment(blocks.Skip(bodyStart).ToList());
        if (segmented.Paragraphs.Count == 0)
            return ParseOutcome.Refused("no preambular or operative paragraphs found: not a resolution", warnings);
        var paragraphs = WithoutTitles(segmented.Paragraphs, hints.Title ?? facts.Title, clean.RunningTitles);
        CheckNumbering(paragraphs, warnings);

        var body = symbol.StartsWith("S/", StringComparison.Ordinal) ? ResolutionBody.SecurityCouncil
            : opener >= 0 ? ClauseMarkers.Opener(blocks[opener].Text)!.Value
            : symbol.StartsWith("A/", StringComparison.Ordinal) ? ResolutionBody.GeneralAssembly : ResolutionBody.Other;

        var resolution = new Resolution
        {
            Symbol = symbol,
            Language = language,
            Body = body,
            Session = hints.Session ?? Symbols.SessionOf(symbol) ?? facts.Session,
            Title = hints.Title ?? facts.Title,
            AdoptionDate = hints.AdoptionDate ?? facts.AdoptionDate ?? (segmented.MeetingText is { } m ? DateReader.FindFirst(m) : null),
            YearFromSymbol = Symbols.YearOf(symbol),
            AgendaItem = facts.AgendaItem,
            Committee = facts.Committee,
            CommitteeReport = facts.CommitteeReport,
            Meeting = segmented.MeetingText is { } meeting ? ClauseMarkers.MeetingName(meeting) : null,
            Paragraphs = paragraphs,
            Footnotes = clean.Footnotes,
            Citations = CitationFinder.Find(paragraphs.Select(p => p.Text), symbol),
            SourcePath = sourcePath,
            SourceFormat = format.ToName(),
        };
        return new ParseOutcome(resolution, null, warnings);
    }

    /// <summary>An annexed text repeats the resolution's title as its heading; the title is kept once, as the title.</summary>
    static IReadOnlyList<Paragraph> WithoutTitles(IReadOnlyList<Paragraph> paragraphs, string? title, IReadOnlySet<string> runningTitles)
    {
        bool IsTitle(Paragraph p) => p.Type == ClauseType.Annex && (p.Text == title || runningTitles.Contains(p.Text));
        if (!paragraphs.Any(IsTitle)) return paragraphs;
        int number = 0;
        return paragraphs.Where(p => !IsTitle(p))
            .Select(p => p.Type == ClauseType.Annex ? p with { Number = ++number, Key = ClauseType.Annex.KeyPrefix() + number } : p)
            .ToList();
    }

    static int IndexOf(IReadOnlyList<SourceBlock> blocks, Func<SourceBlock, bool> predicate, int from, int to)
    {
        for (int i = from; i < to && i < blocks.Count; i++)
            if (predicate(blocks[i])) return i;
        return -1;
    }

    static void CheckNumbering(IReadOnlyList<Paragraph> paragraphs, List<string> warnings)
    {
        int expected = 1;
        foreach (var p in paragraphs.Where(p => p.Type == ClauseType.Operative))
        {
            if (p.Number != expected)
            {
                warnings.Add($"operative paragraphs jump from {expected - 1} to {p.Number}");
                break;
            }
            expected++;
        }
    }
}
