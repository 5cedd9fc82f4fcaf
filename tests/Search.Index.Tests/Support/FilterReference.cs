using Search.Index.Paragraphs;
using Search.Index.Querying.Model;

namespace Search.Index.Tests.Support;

/// <summary>
/// Each filter of a search applied to one paragraph on its own terms (any of its values; an unknown session or year
/// never passes): the reference that the engine's filter masks and facet counts are checked against.
/// </summary>
public static class FilterReference
{
    /// <summary>
    /// Random filters over the values the paragraphs hold: each facet left open a third of the time, else one or
    /// two of its values (session and year ranges included); verbs and symbols chosen less often.
    /// </summary>
    public static SearchFilters Random(Random random, DocColumns docs)
    {
        T[] Some<T>(IReadOnlyList<T> values, int max) =>
            random.Next(3) == 0 || values.Count == 0 ? [] : Enumerable.Range(0, random.Next(1, max + 1)).Select(_ => values[random.Next(values.Count)]).Distinct().ToArray();
        var sessions = Enumerable.Range(0, docs.Count).Select(d => (int)docs.Sessions[d]).Where(s => s > 0).Distinct().Order().ToList();
        var years = Enumerable.Range(0, docs.Count).Select(d => (int)docs.Years[d]).Where(y => y > 0).Distinct().Order().ToList();
        return new SearchFilters
        {
            Languages = Some(["en", "fr", "ru"], 2).ToHashSet(),
            Sessions = Some(sessions, 2).Select(s => new IntRange(s, s)).ToList(),
            Years = Some(years, 2).Select(y => random.Next(2) == 0 ? new IntRange(y, y) : new IntRange(y - 5, y + 5)).ToList(),
            Types = Some(["preambular", "operative", "annex"], 2).ToHashSet(),
            Verbs = (random.Next(3) == 0 ? Some(docs.Verbs.Where(v => v.Length > 0).ToList(), 3) : []).ToHashSet(),
            Symbols = (random.Next(5) == 0 ? Some(docs.Symbols, 3) : []).ToHashSet(),
        };
    }

    /// <summary>Whether the paragraph passes every filter but <paramref name="except"/>, or only <paramref name="only"/>.</summary>
    public static bool Passes(DocColumns docs, int d, SearchFilters f, string? except = null, string? only = null)
    {
        bool Check(string facet) => facet != except && (only is null || facet == only);
        return (!Check("language") || f.Languages.Count == 0 || f.Languages.Contains(docs.Language(d)))
            && (!Check("session") || f.Sessions.Count == 0 || docs.Sessions[d] > 0 && f.Sessions.Any(r => r.From <= docs.Sessions[d] && docs.Sessions[d] <= r.To))
            && (!Check("year") || f.Years.Count == 0 || docs.Years[d] > 0 && f.Years.Any(r => r.From <= docs.Years[d] && docs.Years[d] <= r.To))
            && (!Check("type") || f.Types.Count == 0 || f.Types.Contains(Documents.ClauseTypeNames.ToName(docs.Type(d))))
            && (!Check("verb") || f.Verbs.Count == 0 || f.Verbs.Contains(docs.Verbs[docs.VerbIds[d]]))
            && (!Check("symbol") || f.Symbols.Count == 0 || f.Symbols.Contains(docs.Symbol(d)));
    }
}
