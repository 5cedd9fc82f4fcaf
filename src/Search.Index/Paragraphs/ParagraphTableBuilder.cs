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
        var symbols = new Interner();
        var languages = new Interner();
        var keys = new Interner();
        var verbs = new Interner();
        var titles = new Interner();
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
        var verbNames = verbs.Values;
        var folded = new Interner();
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
            SymbolIds = symbolIds, Symbols = symbols.Values,
            LanguageIds = languageIds, Languages = languages.Values,
            Sessions = sessions, Years = years, Dates = dates, Types = types, Numbers = paragraphs.Numbers,
            KeyIds = keyIds, Keys = keys.Values,
            VerbIds = verbIds, Verbs = folded.Values, VerbDisplays = verbDisplays.ToArray(),
            TitleIds = titleIds, Titles = titles.Values,
            AlignedNext = AlignmentRing(symbolIds, keyIds),
            TextUtf8 = paragraphs.TextUtf8,
            TextOffsets = paragraphs.TextOffsets,
        };
    }

    /// <summary>Links the documents of one clause (same symbol, same key) across languages into a ring.</summary>
    static int[] AlignmentRing(int[] symbolIds, int[] keyIds)
    {
        var next = new int[symbolIds.Length];
        var last = new Dictionary<(int, int), (int First, int Last)>();
        for (int d = 0; d < next.Length; d++)
        {
            next[d] = d;
            var clause = (symbolIds[d], keyIds[d]);
            if (last.TryGetValue(clause, out var ring))
            {
                next[ring.Last] = d;
                next[d] = ring.First;
                last[clause] = (ring.First, d);
            }
            else last[clause] = (d, d);
        }
        return next;
    }

    sealed class Interner
    {
        readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        readonly List<string> _values = [];
        public int Id(string value)
        {
            if (_ids.TryGetValue(value, out var id)) return id;
            _ids[value] = id = _values.Count;
            _values.Add(value);
            return id;
        }
        public string[] Values => _values.ToArray();
    }
}
