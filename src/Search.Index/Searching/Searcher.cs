using System.Diagnostics;
using Search.Index.Highlighting;
using Search.Index.Indexing;
using Search.Index.Querying.Model;
using Search.Index.Querying.Parsing;

namespace Search.Index.Searching;

/// <summary>
/// Answers a search on one immutable snapshot. The query runs on every language's field with that language's
/// analysis; every matching clause brings its aligned clauses in the other languages ("translation"), placed
/// just below it. All matches are counted for the total and the facets; only documents whose block bound can
/// still enter the top k are scored.
/// </summary>
public sealed class Searcher(IndexSnapshot snapshot, ITermSource analysis)
{
    const float TranslationFactor = 0.999f;

    public IndexSnapshot Snapshot => snapshot;

    public SearchResult Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var parsed = QueryParser.Parse(request.Query);
        var notices = parsed.Notices.ToList();
        var filters = parsed.Filters.Merge(request.Filters);
        var docs = snapshot.Documents;
        var mask = new FilterMask(docs, filters);
        int limit = Math.Clamp(request.Limit, 0, SearchRequest.MaxLimit);
        int offset = Math.Clamp(request.Offset, 0, SearchRequest.MaxOffset);
        bool browsing = parsed.Root is MatchAllQuery;
        if (browsing && request.Query.Trim().Length > 0 && parsed.Filters.IsEmpty && notices.Count == 0)
            notices.Add(new QueryNotice(NoticeCode.NoWords));

        if (browsing) return Browse(request, mask, notices, limit, offset, clock);

        // Two bits a document for the matches and the translations they bring: reused from query to query, since
        // at a million documents fresh arrays of this size cost more than a rare word's whole search.
        int words = (docs.Count + 63) / 64;
        var matched = System.Buffers.ArrayPool<ulong>.Shared.Rent(words);
        var translated = System.Buffers.ArrayPool<ulong>.Shared.Rent(words);
        try
        {
            Array.Clear(matched, 0, words);
            Array.Clear(translated, 0, words);
            return Match(request, parsed, notices, filters, mask, limit, offset, clock, matched, translated, words);
        }
        finally
        {
            System.Buffers.ArrayPool<ulong>.Shared.Return(matched);
            System.Buffers.ArrayPool<ulong>.Shared.Return(translated);
        }
    }

    /// <summary>Words to match: each language's field in turn, then facets over the matches and the translations they bring.</summary>
    SearchResult Match(SearchRequest request, ParsedQuery parsed, List<QueryNotice> notices, SearchFilters filters, FilterMask mask, int limit, int offset,
        Stopwatch clock, ulong[] matched, ulong[] translated, int words)
    {
        var docs = snapshot.Documents;
        // Sources may be in any language (a French clause can be found through its English original), so the
        // language filter applies to what is shown, not to what is matched.
        int wanted = (offset + limit) * (filters.Languages.Count > 0 ? 3 : 1);
        var top = new TopDocs(wanted);
        var highlights = new Dictionary<string, HighlightTerms>();
        bool anyConstraint = false;

        foreach (var language in docs.Languages)
        {
            var compiler = new QueryCompiler(snapshot, analysis, language);
            var matcher = compiler.Compile(parsed.Root);
            highlights[language] = compiler.Highlights;
            if (matcher is null) continue;
            anyConstraint = true;
            for (int doc = matcher.NextDoc(); doc != Matching.DocMatcher.NoMoreDocs; doc = matcher.NextDoc())
            {
                matched[doc >> 6] |= 1UL << doc;
                if ((mask.Failures(doc) & ~FilterMask.Language) != 0) continue;
                switch (request.Sort)
                {
                    case SortOrder.Relevance:
                        if (!top.IsFull || matcher.MaxScore() >= top.Threshold) top.Offer(doc, matcher.Score());
                        break;
                    case SortOrder.Newest: top.Offer(doc, docs.Dates[doc]); break;
                    case SortOrder.Oldest: top.Offer(doc, -docs.Dates[doc]); break;
                }
            }
        }
        if (!anyConstraint)
            notices.Add(new QueryNotice(NoticeCode.OnlyCommonWords));

        var facets = new FacetCounter(docs);
        bool expand = request.Translations;
        for (int w = 0; w < words; w++)
        {
            for (ulong bits = matched[w]; bits != 0; bits &= bits - 1)
            {
                int doc = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                int failures = mask.Failures(doc);
                facets.Add(doc, failures);
                if (!expand) continue;
                for (int d = docs.AlignedNext[doc]; d != doc; d = docs.AlignedNext[d])
                {
                    if (IsSet(matched, d) || IsSet(translated, d)) continue;
                    translated[d >> 6] |= 1UL << d;
                    facets.Add(d, mask.Failures(d) | (failures & FilterMask.Verb));
                }
            }
        }

        var page = new List<SearchHit>(limit);
        var shown = new HashSet<int>();
        int position = 0;
        foreach (var (doc, key) in top.Drain())
        {
            float score = request.Sort == SortOrder.Relevance ? key : 0;
            if (mask.Failures(doc) == 0 && shown.Add(doc) && position++ >= offset && page.Count < limit)
                page.Add(Hit(doc, score, "match", null, highlights));
            if (!expand) continue;
            for (int d = docs.AlignedNext[doc]; d != doc; d = docs.AlignedNext[d])
            {
                if (IsSet(matched, d) || mask.Failures(d) != 0 || !shown.Add(d)) continue;
                if (position++ >= offset && page.Count < limit)
                    page.Add(Hit(d, score * TranslationFactor, "translation", docs.Id(doc), highlights));
            }
            if (page.Count >= limit) break;
        }

        return new SearchResult(request.Query, facets.Total, clock.Elapsed.TotalMilliseconds, page, facets.Result(),
            notices);
    }

    /// <summary>No words: one pass over the columns counts the facets and keeps the newest (or oldest) paragraphs.</summary>
    SearchResult Browse(SearchRequest request, FilterMask mask, List<QueryNotice> notices, int limit, int offset, Stopwatch clock)
    {
        var docs = snapshot.Documents;
        var facets = new FacetCounter(docs);
        var top = new TopDocs(offset + limit);
        bool oldest = request.Sort == SortOrder.Oldest;
        void Visit(int doc, bool countYear)
        {
            int failures = mask.Failures(doc);
            facets.Add(doc, failures, countYear);
            if (failures == 0) top.Offer(doc, oldest ? -docs.Dates[doc] : docs.Dates[doc]);
        }

        var years = mask.YearsOnly;
        if (years.Count > 0)
        {
            // Only the selected years' documents are visited; the year facet, which ignores the year selection,
            // comes from the per-language year counts.
            var index = snapshot.Years;
            foreach (var (year, yearDocs) in index.Docs)
                if (years.Any(r => r.Contains(year)))
                    foreach (var doc in yearDocs) Visit(doc, countYear: false);
            for (int l = 0; l < docs.Languages.Length; l++)
                if (mask.PassesLanguage(l))
                    for (int year = 1; year < YearIndex.MaxYear; year++) facets.AddYear(year, index.CountsByLanguage[l][year]);
        }
        else
        {
            for (int doc = 0; doc < docs.Count; doc++) Visit(doc, countYear: true);
        }
        var none = new Dictionary<string, HighlightTerms>();
        var page = top.Drain().Skip(offset).Take(limit).Select(t => Hit(t.Doc, 0, "match", null, none)).ToList();
        return new SearchResult(request.Query, facets.Total, clock.Elapsed.TotalMilliseconds, page, facets.Result(),
            notices);
    }

    static bool IsSet(ulong[] bits, int doc) => (bits[doc >> 6] & (1UL << doc)) != 0;

    internal SearchHit Hit(int doc, float score, string via, string? viaId, Dictionary<string, HighlightTerms> highlights)
    {
        var docs = snapshot.Documents;
        var text = docs.Text(doc);
        var language = docs.Language(doc);
        var terms = via == "match" && highlights.TryGetValue(language, out var h) ? h : new HighlightTerms();
        return new SearchHit(
            docs.Id(doc), docs.Symbol(doc), language,
            docs.Sessions[doc] == 0 ? null : docs.Sessions[doc], docs.Years[doc] == 0 ? null : docs.Years[doc],
            Documents.ClauseTypeNames.ToName(docs.Type(doc)), docs.Numbers[doc], docs.VerbDisplays[docs.VerbIds[doc]],
            text, Highlighter.Snippet(text, language, terms, analysis), (float)Math.Round(score, 4), via, viaId,
            docs.Titles[docs.TitleIds[doc]] is { Length: > 0 } title ? title : null,
            docs.Dates[doc] is var date and > 0 ? $"{date / 10000:D4}-{date / 100 % 100:D2}-{date % 100:D2}" : null);
    }
}
