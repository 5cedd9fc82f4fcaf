using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Search.Index.Documents;
using Search.Index.Ingestion.Metadata;
using Search.Index.Querying.Model;
using Search.Index.Querying.Parsing;
using Search.Index.Searching;
using Search.Index.Semantics;
using Search.Index.Storage;
using Search.Index.Views;

namespace Search.Index.Assistants;

/// <summary>
/// What assistants may ask of the engine: search, one paragraph with its translations, similar clauses, and a
/// comparison of two resolutions. Every input is checked here and refused with a message saying what is wrong;
/// the engine is called from here alone, so the plugin and the MCP tools share one set of call sites.
/// </summary>
public sealed partial class ResolutionQueries(SearchEngine engine, Func<ResolutionStore> store)
{
    public const int MaxLimit = 50;
    public const int MaxQueryLength = QueryParser.MaxLength * 5;
    static readonly string[] HeldLanguages = ["en", "fr", "ru"];

    public SearchAnswer Search(string query, string? languages = null, int? yearFrom = null, int? yearTo = null,
        string? type = null, string? verb = null, string? mode = null, int limit = 10)
    {
        query = (query ?? "").Trim();
        if (query.Length > MaxQueryLength) throw new AssistantException($"query is longer than {MaxQueryLength} characters");
        var languageSet = Languages(languages);
        var filters = new SearchFilters { Languages = languageSet };
        if (Years(yearFrom, yearTo) is { } years) filters = filters.Merge(new SearchFilters { Years = [years] });
        if (!string.IsNullOrWhiteSpace(type))
        {
            if (!ClauseTypeNames.TryParse(type, out var clauseType)) throw new AssistantException($"type '{type}' is not a clause type: use preambular, operative or annex");
            filters = filters.Merge(new SearchFilters { Types = new HashSet<string> { clauseType.ToName() } });
        }
        if (!string.IsNullOrWhiteSpace(verb)) filters = filters.Merge(new SearchFilters { Verbs = new HashSet<string> { verb.Trim().ToLowerInvariant() } });
        if (query.Length == 0 && filters.IsEmpty) throw new AssistantException("give a query, or at least one filter (languages, years, type, verb)");
        var searchMode = (mode ?? "keyword").Trim().ToLowerInvariant() switch
        {
            "" or "keyword" => SearchMode.Keyword,
            "semantic" => SearchMode.Semantic,
            "hybrid" => SearchMode.Hybrid,
            _ => throw new AssistantException($"mode '{mode}' is not known: use keyword, semantic or hybrid"),
        };
        var request = new SearchRequest
        {
            Query = query, Filters = filters, Limit = Limit(limit), Mode = searchMode,
            // Without a language asked for, each clause once: its translations are one read_paragraph away.
            Translations = languageSet.Count > 0,
        };
        var result = Ready().Search(request);
        var hits = result.Hits.Select(h => new FoundParagraph(h.Id, h.Symbol, h.Language, h.Year, h.Type,
            string.IsNullOrEmpty(h.Verb) ? null : h.Verb, PlainText(h.Snippet.Length > 0 ? h.Snippet : h.Text),
            h.Via == "translation" ? h.ViaId : null)).ToList();
        return new SearchAnswer(result.Query, result.Total, hits, result.Notice);
    }

    public ParagraphAnswer Paragraph(string id)
    {
        var parsed = ParagraphIdOf(id);
        Ready();
        var versions = store().GetVersions(parsed.Symbol);
        var resolution = versions.FirstOrDefault(v => v.Language == parsed.Language);
        var paragraph = resolution?.Paragraphs.FirstOrDefault(p => p.Key == parsed.Key);
        if (resolution is null || paragraph is null)
        {
            var held = versions.Count == 0 ? $"no resolution {parsed.Symbol} is held"
                : resolution is null ? $"{parsed.Symbol} is held in {string.Join(", ", versions.Select(v => v.Language))}"
                : $"{parsed.Symbol} in '{parsed.Language}' has no paragraph {parsed.Key}";
            throw new AssistantException($"no paragraph {parsed} is held: {held}");
        }
        var translations = versions.Where(v => v.Language != parsed.Language)
            .SelectMany(v => v.Paragraphs.Where(p => p.Key == parsed.Key).Select(p => new ParagraphText(Documents.Paragraph.IdOf(v.Symbol, v.Language, p.Key), v.Language, p.Text)))
            .ToList();
        return new ParagraphAnswer(parsed.ToString(), resolution.Symbol, resolution.Language, resolution.Title, resolution.Session,
            resolution.Year, resolution.AdoptionDate?.ToString("yyyy-MM-dd"), paragraph.Type.ToName(), paragraph.Number,
            string.IsNullOrEmpty(paragraph.Verb) ? null : paragraph.Verb, paragraph.Text, translations);
    }

    public SimilarAnswer Similar(string id, string? languages = null, int? yearFrom = null, int? yearTo = null, int limit = 10)
    {
        var parsed = ParagraphIdOf(id);
        var filters = new SearchFilters { Languages = Languages(languages) };
        if (Years(yearFrom, yearTo) is { } years) filters = filters.Merge(new SearchFilters { Years = [years] });
        int count = Limit(limit);
        var engine = Ready();
        try
        {
            var mask = new FilterMask(engine.Current.Snapshot.Documents, filters);
            var result = engine.Similar.Similar(parsed.ToString(), count, mask)
                ?? throw new AssistantException($"no paragraph {parsed} is held");
            return new SimilarAnswer(result.SourceId, result.SourceText,
                result.Hits.Select(h => new SimilarParagraph(h.Id, h.Symbol, h.Language, h.Year, h.Score, h.Text)).ToList());
        }
        catch (SemanticUnavailableException e)
        {
            throw new AssistantException($"similar clauses are unavailable: {e.Message}");
        }
    }

    /// <param name="before">The earlier resolution; when empty, the previous version of <paramref name="after"/> (same title, an earlier session).</param>
    public ComparisonAnswer Compare(string after, string? before = null, string? language = null)
    {
        var afterSymbol = Symbols.Normalize(after) ?? throw new AssistantException($"after '{after}' is not a resolution symbol such as A/RES/68/30");
        string? beforeSymbol = null;
        if (!string.IsNullOrWhiteSpace(before))
            beforeSymbol = Symbols.Normalize(before) ?? throw new AssistantException($"before '{before}' is not a resolution symbol such as A/RES/67/32");
        var lang = string.IsNullOrWhiteSpace(language) ? "en" : language.Trim().ToLowerInvariant();
        if (!HeldLanguages.Contains(lang)) throw new AssistantException($"language '{language}' is not held here: use en, fr or ru");
        var engine = Ready();
        try
        {
            var similar = engine.Similar;
            beforeSymbol ??= similar.PreviousVersion(afterSymbol, lang)
                ?? throw new AssistantException($"no earlier version of {afterSymbol} in '{lang}' is held; name the earlier resolution in before");
            var comparison = similar.Compare(beforeSymbol, afterSymbol, lang)
                ?? throw new AssistantException($"{beforeSymbol} and {afterSymbol} are not both held in '{lang}'");
            var changes = comparison.Clauses.Where(c => c.Change != ClauseChange.Unchanged)
                .Select(c => new ClauseChangeSummary(c.Change.ToString().ToLowerInvariant(), c.BeforeId, c.AfterId, DiffText(c.Diff))).ToList();
            return new ComparisonAnswer(comparison.Before, comparison.After, comparison.Language,
                comparison.Clauses.Count(c => c.Change == ClauseChange.Unchanged), changes);
        }
        catch (SemanticUnavailableException e)
        {
            throw new AssistantException($"comparison is unavailable: {e.Message}");
        }
    }

    SearchEngine Ready() => engine.IsReady ? engine : throw new AssistantException("the index is still being built: try again in a moment");

    static ParagraphId ParagraphIdOf(string id) => ParagraphId.TryParse(id, out var parsed)
        ? parsed
        : throw new AssistantException($"'{id}' is not a paragraph id: ids look like A/RES/68/30:fr:op3 (symbol:language:key, keys pp1, op3, an2)");

    static HashSet<string> Languages(string? languages)
    {
        var set = new HashSet<string>();
        foreach (var part in (languages ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var code = part.Trim().ToLowerInvariant();
            if (!HeldLanguages.Contains(code)) throw new AssistantException($"language '{part}' is not held here: use en, fr or ru (several separated by commas)");
            set.Add(code);
        }
        return set;
    }

    static IntRange? Years(int? from, int? to)
    {
        if (from is null && to is null) return null;
        foreach (var (name, year) in new[] { ("yearFrom", from), ("yearTo", to) })
            if (year is < 1945 or > 2100) throw new AssistantException($"{name} {year} is not a year of the United Nations (1945 to 2100)");
        if (from > to) throw new AssistantException($"yearFrom {from} is after yearTo {to}");
        return new IntRange(from ?? 0, to ?? 9999);
    }

    static int Limit(int limit) => limit is >= 1 and <= MaxLimit
        ? limit
        : throw new AssistantException($"limit {limit} is out of range: ask for 1 to {MaxLimit} results");

    /// <summary>A snippet's passage without its highlighting markup, as a model reads it best.</summary>
    static string PlainText(string html) => WebUtility.HtmlDecode(Markup().Replace(html, ""));

    [GeneratedRegex("</?mark>")]
    private static partial Regex Markup();

    static string DiffText(IReadOnlyList<DiffPart> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            if (text.Length > 0) text.Append(' ');
            text.Append(part.Kind switch
            {
                DiffKind.Removed => $"[-{part.Text}-]",
                DiffKind.Added => $"{{+{part.Text}+}}",
                _ => part.Text,
            });
        }
        return text.ToString();
    }
}
