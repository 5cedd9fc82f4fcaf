using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace Search.Index.Assistants;

/// <summary>
/// The engine as Semantic Kernel functions, for a model to call: the descriptions are what the model reads to
/// choose a function and fill its arguments, so they say what each returns and how ids look.
/// </summary>
public sealed class ResolutionsPlugin(ResolutionQueries queries)
{
    public const string Name = "resolutions";
    public const string SearchFunction = "search_resolutions";
    public const string ParagraphFunction = "read_paragraph";
    public const string SimilarFunction = "similar_clauses";
    public const string CompareFunction = "compare_resolutions";

    public static readonly IReadOnlyList<string> Functions = [SearchFunction, ParagraphFunction, SimilarFunction, CompareFunction];

    [KernelFunction(SearchFunction)]
    [Description("Searches the paragraphs of United Nations General Assembly and Security Council resolutions in English, French and Russian. " +
                 "Returns matching paragraphs, each with its paragraph id (e.g. A/RES/68/30:en:op3 = symbol:language:key, op = operative, pp = preambular), " +
                 "resolution symbol, year, clause type, lead verb and the matching passage. Cite paragraph ids in answers.")]
    public SearchAnswer Search(
        [Description("Words to find. All words are required; \"quoted phrases\", OR, -excluded and prefix* are understood. May be empty when filters are given.")] string query,
        [Description("Languages to show, comma-separated: en, fr, ru. Empty for all. A clause found in one language brings the same clause in the others shown (translationOf names the one found).")] string? languages = null,
        [Description("Earliest year of adoption, e.g. 2010.")] int? yearFrom = null,
        [Description("Latest year of adoption, e.g. 2014.")] int? yearTo = null,
        [Description("Clause type: preambular (Recalling ..., Noting ...) or operative (numbered: 1. Urges ...), or annex.")] string? type = null,
        [Description("Lead verb of the clause, in the clause's language, e.g. urges, decides, demande instamment.")] string? verb = null,
        [Description("keyword (default, exact words), semantic (by meaning, across languages) or hybrid (both).")] string? mode = null,
        [Description("How many paragraphs to return, 1 to 50 (default 10).")] int limit = 10) =>
        queries.Search(query, languages, yearFrom, yearTo, type, verb, mode, limit);

    [KernelFunction(ParagraphFunction)]
    [Description("Reads one paragraph in full by its id (e.g. A/RES/68/30:fr:op3), with the resolution's title, session and year, " +
                 "and the same paragraph in the other languages held, each with its own id.")]
    public ParagraphAnswer ReadParagraph(
        [Description("Paragraph id: symbol:language:key, e.g. A/RES/68/30:fr:op3.")] string id) =>
        queries.Paragraph(id);

    [KernelFunction(SimilarFunction)]
    [Description("Finds the clauses of other resolutions most similar in meaning to one paragraph (earlier or later wordings of the same clause, " +
                 "in any language), each with its paragraph id, symbol, year and similarity score.")]
    public SimilarAnswer Similar(
        [Description("Paragraph id to start from, e.g. A/RES/68/30:en:op6.")] string id,
        [Description("Languages of the similar clauses, comma-separated: en, fr, ru. Empty for all.")] string? languages = null,
        [Description("Earliest year of adoption of the similar clauses.")] int? yearFrom = null,
        [Description("Latest year of adoption of the similar clauses.")] int? yearTo = null,
        [Description("How many clauses to return, 1 to 50 (default 10).")] int limit = 10) =>
        queries.Similar(id, languages, yearFrom, yearTo, limit);

    [KernelFunction(CompareFunction)]
    [Description("Compares two resolutions clause by clause (typically two years of a recurring resolution): how many clauses are unchanged, " +
                 "and each changed, added or removed clause with its paragraph ids and a word diff where [-words-] were removed and {+words+} added.")]
    public ComparisonAnswer Compare(
        [Description("Symbol of the later resolution, e.g. A/RES/68/30.")] string after,
        [Description("Symbol of the earlier resolution, e.g. A/RES/67/32. Empty to use the previous version of the later one (same title, earlier session).")] string? before = null,
        [Description("Language to compare in: en (default), fr or ru.")] string? language = null) =>
        queries.Compare(after, before, language);
}
