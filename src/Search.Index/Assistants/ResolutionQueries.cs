using System.Text;
using Search.Index.Application;
using Search.Index.Documents;
using Search.Index.Semantics;

namespace Search.Index.Assistants;

/// <summary>
/// What assistants may ask: search, one paragraph with its translations, similar clauses, and a comparison of
/// two resolutions, each through the application's use case. Arguments are named and bounded as the functions
/// state them (a model is given fewer results than a page); a refusal, whether from here or from the use case,
/// becomes an <see cref="AssistantException"/> naming the argument as the function calls it.
/// </summary>
public sealed partial class ResolutionQueries(Func<SearchApplication> application)
{
    public const int MaxLimit = 50;
    public const int FirstYear = 1945, LastYear = 2100;

    public SearchAnswer Search(string query, string? languages = null, int? yearFrom = null, int? yearTo = null,
        string? type = null, string? verb = null, string? mode = null, int limit = 10)
    {
        query = (query ?? "").Trim();
        CheckLimit(limit);
        CheckYears(yearFrom, yearTo);
        var request = new SearchQuery
        {
            Query = query, Languages = Languages(languages), YearFrom = yearFrom?.ToString(), YearTo = yearTo?.ToString(),
            Types = string.IsNullOrWhiteSpace(type) ? [] : [type.Trim()], Verbs = string.IsNullOrWhiteSpace(verb) ? [] : [verb.Trim()],
            Mode = string.IsNullOrWhiteSpace(mode) ? "keyword" : mode.Trim(), Size = limit,
        };
        if (query.Length == 0 && request.Languages.Count + request.Types.Count + request.Verbs.Count == 0 && yearFrom is null && yearTo is null)
            throw new AssistantException("give a query, or at least one filter (languages, yearFrom, yearTo, type, verb)");
        var result = Answer(Use().Search(request));
        var paragraphs = result.Hits.Select(h => new FoundParagraph(h.Id, h.Symbol, h.Language, h.Year, h.Type,
            string.IsNullOrEmpty(h.Verb) ? null : h.Verb, h.Snippet.Text.Length > 0 ? h.Snippet.Text : h.Text,
            h.Via == "translation" ? h.ViaId : null)).ToList();
        return new SearchAnswer(result.Query, result.Total, result.Counted, paragraphs, result.Notice);
    }

    public ParagraphAnswer Paragraph(string id)
    {
        var found = Answer(Use().Paragraph(id ?? ""));
        var p = found.Paragraph;
        return new ParagraphAnswer(p.Id, found.Symbol, found.Language, found.Title, found.Session, found.Year,
            p.Type, p.Number, string.IsNullOrEmpty(p.Verb) ? null : p.Verb, p.Text,
            found.Aligned.Select(a => new ParagraphText(a.Id, LanguageOf(a.Id), a.Text)).ToList());
    }

    public SimilarAnswer Similar(string id, string? languages = null, int? yearFrom = null, int? yearTo = null, int limit = 10)
    {
        CheckLimit(limit);
        CheckYears(yearFrom, yearTo);
        var result = Answer(Use().Similar(new SimilarQuery
        {
            Id = id ?? "", Limit = limit, Languages = Languages(languages), YearFrom = yearFrom?.ToString(), YearTo = yearTo?.ToString(),
        }));
        return new SimilarAnswer(result.SourceId, result.SourceText,
            result.Hits.Select(h => new SimilarParagraph(h.Id, h.Symbol, h.Language, h.Year, h.Score, h.Text)).ToList());
    }

    /// <param name="before">The earlier resolution; when empty, the previous version of <paramref name="after"/> (same title, an earlier session).</param>
    public ComparisonAnswer Compare(string after, string? before = null, string? language = null)
    {
        var comparison = Answer(Use().Compare(new CompareQuery(before, after, language)));
        var changes = comparison.Clauses.Where(c => c.Change != ClauseChange.Unchanged)
            .Select(c => new ClauseChangeSummary(c.Change.ToString().ToLowerInvariant(), c.BeforeId, c.AfterId, DiffText(c.Diff))).ToList();
        return new ComparisonAnswer(comparison.Before, comparison.After, comparison.Language,
            comparison.Clauses.Count(c => c.Change == ClauseChange.Unchanged), changes);
    }

    SearchApplication Use()
    {
        try { return application(); }
        catch (InvalidOperationException) { throw new AssistantException("the index is still being built: try again in a moment"); }
    }

    /// <summary>The use case's answer, or its failure in the words of these functions' arguments.</summary>
    static T Answer<T>(Outcome<T> outcome)
    {
        if (outcome.Failure is not { } failure) return outcome.Value!;
        throw new AssistantException(failure.Parameter is { } parameter && failure.Rule is { } rule
            ? $"{ArgumentName(parameter)} {rule}"
            : failure.Message);
    }

    /// <summary>The application names parameters as the API does; the functions name them as their descriptions do.</summary>
    static string ArgumentName(string parameter) => parameter switch
    {
        "q" => "query",
        "lang" => "language",
        "size" => "limit",
        _ => parameter,
    };

    static List<string> Languages(string? languages)
    {
        var codes = (languages ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim().ToLowerInvariant()).ToList();
        var unknown = codes.FirstOrDefault(c => !SupportedLanguages.IsSupported(c));
        if (unknown is not null) throw new AssistantException($"language '{unknown}' is not held here: use {SupportedLanguages.Listed} (several separated by commas)");
        return codes;
    }

    static void CheckYears(int? from, int? to)
    {
        foreach (var (name, year) in new[] { ("yearFrom", from), ("yearTo", to) })
            if (year is < FirstYear or > LastYear) throw new AssistantException($"{name} {year} is not a year of the United Nations ({FirstYear} to {LastYear})");
        if (from > to) throw new AssistantException($"yearFrom {from} is after yearTo {to}");
    }

    static void CheckLimit(int limit)
    {
        if (limit is < 1 or > MaxLimit) throw new AssistantException($"limit {limit} is out of range: ask for 1 to {MaxLimit} results");
    }

    static string LanguageOf(string paragraphId) => paragraphId.Split(':') is [_, var language, _] ? language : "";

    /// <summary>A snippet's passage without its highlighting markup, as a model reads it best.</summary>
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
