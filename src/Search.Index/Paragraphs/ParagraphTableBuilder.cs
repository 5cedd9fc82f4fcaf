using Search.Index.Storage;

namespace Search.Index.Paragraphs;

/// <summary>
/// Every paragraph of the store as columns (<see cref="DocumentTable"/>): what the semantic model trains on and
/// what similar-clause search and comparison read, with the alignment of each clause across languages.
/// </summary>
public static class ParagraphTableBuilder
{
    public static ParagraphSnapshot Build(StoredParagraphs paragraphs, long generation) =>
        new() { Documents = BuildTable(paragraphs), Generation = generation };

    public static DocumentTable BuildTable(StoredParagraphs paragraphs)
    {
        int n = paragraphs.Count;
        var symbols = new ValueDictionary();
        var languages = new ValueDictionary();
        var keys = new ValueDictionary();
        var verbs = new ValueDictionary();
        var titles = new ValueDictionary();
        // What a paragraph takes from its resolution, worked out once a resolution.
        var ofResolution = paragraphs.Resolutions.Select(r => (
            Symbol: symbols.Id(r.Symbol),
            Language: checked((byte)languages.Id(r.Language)),
            Session: (short)Math.Clamp(r.Session ?? 0, 0, short.MaxValue),
            Year: (short)Math.Clamp(r.Year ?? 0, 0, short.MaxValue),
            Date: r.AdoptionDate is { } date ? date.Year * 10000 + date.Month * 100 + date.Day : 0,
            Title: titles.Id(r.Title ?? ""))).ToArray();
        var symbolIds = new int[n];
        var languageIds = new byte[n];
        var sessions = new short[n];
        var years = new short[n];
        var dates = new int[n];
        var types = new byte[n];
        var keyIds = new int[n];
        var verbIds = new int[n];
        var titleIds = new int[n];
        for (int d = 0; d < n; d++)
        {
            var r = ofResolution[paragraphs.ResolutionOf[d]];
            symbolIds[d] = r.Symbol;
            languageIds[d] = r.Language;
            sessions[d] = r.Session;
            years[d] = r.Year;
            dates[d] = r.Date;
            titleIds[d] = r.Title;
            types[d] = (byte)paragraphs.Types[d];
            keyIds[d] = keys.Id(paragraphs.Keys[d]);
            verbIds[d] = verbs.Id(paragraphs.Verbs[d]);
        }
        // Verbs are counted without regard to case ("Urges" at the start of a clause, "urges" after a comma).
        var verbNames = verbs.Snapshot();
        var folded = new ValueDictionary();
        var verbDisplays = new List<string>();
        var verbFolding = new int[verbNames.Length];
        for (int v = 0; v < verbNames.Length; v++)
        {
            verbFolding[v] = folded.Id(verbNames[v].ToLowerInvariant());
            if (verbFolding[v] == verbDisplays.Count) verbDisplays.Add(verbNames[v]);
        }
        for (int d = 0; d < n; d++) verbIds[d] = verbFolding[verbIds[d]];

        return new DocumentTable
        {
            Count = n,
            SymbolIds = symbolIds, Symbols = symbols.Snapshot(),
            LanguageIds = languageIds, Languages = languages.Snapshot(),
            Sessions = sessions, Years = years, Dates = dates, Types = types, Numbers = paragraphs.Numbers,
            KeyIds = keyIds, Keys = keys.Snapshot(),
            VerbIds = verbIds, Verbs = folded.Snapshot(), VerbDisplays = verbDisplays.ToArray(),
            TitleIds = titleIds, Titles = titles.Snapshot(),
            AlignedNext = AlignmentRing.Link(symbolIds, keyIds),
            TextUtf8 = paragraphs.TextUtf8,
            TextOffsets = paragraphs.TextOffsets,
        };
    }
}
