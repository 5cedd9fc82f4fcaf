using Search.Index.Analysis;
using System.Diagnostics;
using Lucene.Net.Search;
using Search.Index.Highlighting;
using Search.Index.Indexing;
using Search.Index.Querying.Model;
using Search.Index.Querying.Parsing;
using Search.Index.Searching.Compiling;
using Search.Index.Semantics;
using Search.Index.Paragraphs;

namespace Search.Index.Searching;

/// <summary>
/// Answers a search on one point-in-time Lucene searcher. The query runs on every language's field with that
/// language's analysis; every matching clause brings its aligned clauses in the other languages ("translation"),
/// placed just below it. All matches are counted for the total and the facets, with the translations they bring.
/// </summary>
public sealed class Searcher(ColumnSearcher searcher, ITermSource analysis, Storage.ResolutionStore store)
{
    const float TranslationFactor = 0.999f;

    /// <summary>How deep each ranking is read for fusion when the page asked for is shallower.</summary>
    public const int FusionDepth = 100;

    /// <summary>A keyword search.</summary>
    public SearchResult Search(SearchRequest request) => Search(request with { Mode = SearchMode.Keyword }, []);

    /// <summary>
    /// A search of the request's mode. <paramref name="byMeaning"/> holds the documents of this reader found by
    /// meaning, with their similarity (for a keyword search, none). The total and the facets count the union of
    /// what the words match (with the translations they bring) and what meaning finds, less what the query excludes.
    /// </summary>
    public SearchResult Search(SearchRequest request, IReadOnlyList<(int Doc, float Similarity)> byMeaning)
    {
        var clock = Stopwatch.StartNew();
        var parsed = QueryParser.Parse(request.Query);
        var notices = parsed.Notices.ToList();
        var filters = parsed.Filters.Merge(request.Filters);
        var mask = new FilterMask(searcher.Columns, filters);
        int limit = Math.Clamp(request.Limit, 0, SearchRequest.MaxLimit);
        int offset = Math.Clamp(request.Offset, 0, SearchRequest.MaxOffset);
        bool browsing = parsed.Root is MatchAllQuery;
        if (browsing && request.Mode == SearchMode.Keyword && request.Query.Trim().Length > 0 && parsed.Filters.IsEmpty && notices.Count == 0)
            notices.Add(new QueryNotice(NoticeCode.NoWords));

        if (browsing && request.Mode == SearchMode.Keyword) return Browse(request, filters, mask, notices, limit, offset, clock);

        // Two bits a document for the matches and the translations they bring: reused from query to query, since
        // at a million documents fresh arrays of this size cost more than a rare word's whole search.
        int words = (searcher.Columns.Count + 63) / 64;
        var matched = System.Buffers.ArrayPool<ulong>.Shared.Rent(words);
        var translated = System.Buffers.ArrayPool<ulong>.Shared.Rent(words);
        try
        {
            Array.Clear(matched, 0, words);
            Array.Clear(translated, 0, words);
            return Match(request, parsed, notices, filters, mask, limit, offset, clock, matched, translated, words, byMeaning);
        }
        finally
        {
            System.Buffers.ArrayPool<ulong>.Shared.Return(matched);
            System.Buffers.ArrayPool<ulong>.Shared.Return(translated);
        }
    }

    /// <summary>
    /// Words to match on every language's field, then facets over the matches, the translations they bring and
    /// the paragraphs found by meaning only; the page from the ranking by words, by meaning, or both fused.
    /// </summary>
    SearchResult Match(SearchRequest request, ParsedQuery parsed, List<QueryNotice> notices, SearchFilters filters, FilterMask mask, int limit, int offset,
        Stopwatch clock, ulong[] matched, ulong[] translated, int words, IReadOnlyList<(int Doc, float Similarity)> byMeaning)
    {
        var docs = searcher.Columns;
        bool byWords = request.Mode != SearchMode.Semantic;
        // Fusion reads both rankings deeper than the page, so that a paragraph high in one of them is not lost.
        int depth = request.Mode == SearchMode.Hybrid ? Math.Max(offset + limit, FusionDepth) : offset + limit;
        var top = new BestDocs(depth * (filters.Languages.Count > 0 ? 3 : 1));
        var highlights = new Dictionary<string, HighlightTerms>();
        if (byWords)
        {
            var byLanguage = LanguageQueries(parsed.Root, highlights);
            if (byLanguage.Count == 0)
                notices.Add(new QueryNotice(NoticeCode.OnlyCommonWords));
            else
            {
                // One search a language into one collector: each document has its text in one language's field
                // only, so no document matches two of these queries, and BM25 (no coordination factor, no query
                // norm) scores each the same as one query of all of them would. One query would wrap every match in
                // a disjunction's bucket, a fifth of the time of a query that matches a third of the index.
                var collector = new MatchCollector(docs, mask, top, request.Sort, matched);
                foreach (var query in byLanguage) searcher.Search(query, collector);
            }
        }

        var facets = new FacetCounter(docs, mask);
        bool expand = request.Translations;
        for (int w = 0; w < words; w++)
        {
            for (ulong bits = matched[w]; bits != 0; bits &= bits - 1)
            {
                int doc = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                facets.Add(doc);
                if (!expand) continue;
                bool failsVerb = mask.FailsVerb(doc);
                for (int d = docs.AlignedNext[doc]; d != doc; d = docs.AlignedNext[d])
                {
                    if (IsSet(matched, d) || IsSet(translated, d)) continue;
                    translated[d >> 6] |= 1UL << d;
                    facets.Add(d, failsVerb);
                }
            }
        }
        int foundByWords = facets.Total;
        var meaningRanked = ByMeaning(parsed.Root, byMeaning, mask, facets, matched, translated, depth);

        var wordsRanked = RankedByWords(top, mask, request.Sort, expand, matched, 0, depth);
        var page = request.Mode switch
        {
            SearchMode.Keyword => wordsRanked.Skip(offset).Take(limit).ToList(),
            SearchMode.Semantic => meaningRanked.Skip(offset).Take(limit).Select(m => new Shown(m.Doc, m.Similarity, "semantic", -1)).ToList(),
            _ => Fused(wordsRanked, meaningRanked, offset, limit),
        };
        return new SearchResult(request.Query, facets.Total, clock.Elapsed.TotalMilliseconds, Hits(page, highlights), facets.Result(),
            notices) { Mode = request.Mode, FoundByMeaning = facets.Total - foundByWords };
    }

    /// <summary>The query on each language's field, with that language's analysis (none for a language where it finds nothing to search); the terms to mark, by language.</summary>
    List<Lucene.Net.Search.Query> LanguageQueries(QueryNode root, Dictionary<string, HighlightTerms>? highlights = null)
    {
        var queries = new List<Lucene.Net.Search.Query>();
        foreach (var language in analysis.Languages)
        {
            var compiler = new LuceneQueryCompiler(searcher.IndexReader, analysis, language);
            var query = compiler.Compile(root);
            if (highlights is not null) highlights[language] = compiler.Highlights;
            if (query is not null) queries.Add(query);
        }
        return queries;
    }

    /// <summary>
    /// The paragraphs found by meaning that the query does not exclude, best first, as deep as asked; those the words
    /// did not find already are counted in the facets.
    /// </summary>
    List<(int Doc, float Similarity)> ByMeaning(QueryNode root, IReadOnlyList<(int Doc, float Similarity)> byMeaning, FilterMask mask,
        FacetCounter facets, ulong[] matched, ulong[] translated, int depth)
    {
        if (byMeaning.Count == 0) return [];
        var excluded = new HashSet<int>();
        var refused = QueryParts.Excluded(root);
        if (refused.Count > 0)
        {
            var found = new List<int>();
            var collector = new DocListCollector(found);
            foreach (var query in LanguageQueries(new Querying.Model.BooleanQuery([.. refused.Select(q => new Querying.Model.BooleanClause(Querying.Model.Occur.Should, q))])))
                searcher.Search(query, collector);
            excluded.UnionWith(found);
        }
        var best = new BestDocs(depth);
        foreach (var (doc, similarity) in byMeaning)
        {
            if (excluded.Contains(doc)) continue;
            if (!IsSet(matched, doc) && !IsSet(translated, doc)) facets.Add(doc);
            if (mask.Failures(doc) == 0) best.Offer(doc, similarity);
        }
        return best.Drain().ConvertAll(b => (b.Doc, (float)b.Key));
    }

    /// <summary>The matches in their order, each followed by the translations it brings, from <paramref name="skip"/> on.</summary>
    List<Shown> RankedByWords(BestDocs top, FilterMask mask, SortOrder sort, bool expand, ulong[] matched, int skip, int take)
    {
        var docs = searcher.Columns;
        var page = new List<Shown>(Math.Min(take, 1024));
        var shown = new HashSet<int>();
        int position = 0;
        foreach (var (doc, key) in top.Drain())
        {
            float score = sort == SortOrder.Relevance ? (float)key : 0;
            if (mask.Failures(doc) == 0 && shown.Add(doc) && position++ >= skip && page.Count < take)
                page.Add(new Shown(doc, score, "match", -1));
            if (!expand) continue;
            for (int d = docs.AlignedNext[doc]; d != doc; d = docs.AlignedNext[d])
            {
                if (IsSet(matched, d) || mask.Failures(d) != 0 || !shown.Add(d)) continue;
                if (position++ >= skip && page.Count < take)
                    page.Add(new Shown(d, score * TranslationFactor, "translation", doc));
            }
            if (page.Count >= take) break;
        }
        return page;
    }

    /// <summary>Both rankings fused by reciprocal rank; a paragraph the words found keeps how they found it.</summary>
    static List<Shown> Fused(List<Shown> byWords, List<(int Doc, float Similarity)> byMeaning, int offset, int limit)
    {
        var found = byWords.GroupBy(s => s.Doc).ToDictionary(g => g.Key, g => g.First());
        return RankFusion.Fuse<int>([.. byWords.Select(s => s.Doc)], [.. byMeaning.Select(m => m.Doc)])
            .Skip(offset).Take(limit)
            .Select(f => found.TryGetValue(f.Item, out var shown)
                ? shown with { Score = (float)Math.Round(f.Score, 5) }
                : new Shown(f.Item, (float)Math.Round(f.Score, 5), "semantic", -1))
            .ToList();
    }

    /// <summary>
    /// No words: facets counted over the groups of paragraphs sharing their facet values, and the page found by
    /// walking the paragraphs in date order until enough pass the filters. With resolutions named (symbol:), only
    /// their paragraphs are visited.
    /// </summary>
    SearchResult Browse(SearchRequest request, SearchFilters filters, FilterMask mask, List<QueryNotice> notices, int limit, int offset, Stopwatch clock)
    {
        var docs = searcher.Columns;
        var facets = new FacetCounter(docs, mask);
        var none = new Dictionary<string, HighlightTerms>();
        bool oldest = request.Sort == SortOrder.Oldest;
        List<int> page;
        if (mask.HasSymbols)
        {
            var top = new BestDocs(offset + limit);
            var visited = new List<int>();
            // One term search a symbol rather than one query of alternatives: a URL may name more symbols than a
            // Lucene boolean query takes clauses, and each symbol's paragraphs are found once either way.
            var collector = new DocListCollector(visited);
            foreach (var symbol in filters.Symbols) searcher.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(IndexSchema.Symbol, symbol)), collector);
            foreach (var doc in visited)
            {
                facets.Add(doc);
                if (mask.Failures(doc) == 0) top.Offer(doc, oldest ? -docs.Dates[doc] : docs.Dates[doc]);
            }
            page = top.Drain().Skip(offset).Select(t => t.Doc).ToList();
        }
        else
        {
            var browse = docs.Browse;
            facets.AddByGroup(browse.LiveInGroup);
            page = [];
            int wanted = Math.Min(offset + limit, facets.Total), found = 0;
            var (fromYear, toYear) = filters.Years.Count == 0 ? (0, 9999) : (filters.Years.Min(r => r.From), filters.Years.Max(r => r.To));
            if (wanted > 0)
                foreach (var doc in browse.InDateOrder(oldest, Math.Clamp(fromYear, 0, 9999), Math.Clamp(toYear, 0, 9999)))
                {
                    if (mask.Failures(doc) != 0) continue;
                    if (found++ >= offset) page.Add(doc);
                    if (found >= wanted) break;
                }
        }
        var hits = Hits(page.Take(limit).Select(doc => new Shown(doc, 0, "match", -1)).ToList(), none);
        return new SearchResult(request.Query, facets.Total, clock.Elapsed.TotalMilliseconds, hits, facets.Result(),
            notices);
    }

    static bool IsSet(ulong[] bits, int doc) => (bits[doc >> 6] & (1UL << doc)) != 0;

    /// <summary>A document to show: how it was found, and for a translation, the clause that brought it.</summary>
    readonly record struct Shown(int Doc, float Score, string Via, int ViaDoc);

    string Id(int doc)
    {
        var docs = searcher.Columns;
        return Documents.Paragraph.IdOf(docs.Symbol(doc), docs.Language(doc), docs.Keys[docs.KeyIds[doc]]);
    }

    /// <summary>The page's hits, their text read from the store in one go; a paragraph the store no longer holds (replaced a moment ago) is left out.</summary>
    List<SearchHit> Hits(List<Shown> page, Dictionary<string, HighlightTerms> highlights)
    {
        var docs = searcher.Columns;
        var displays = store.ReadDisplays(page.Select(s => (docs.Symbol(s.Doc), docs.Language(s.Doc), docs.Keys[docs.KeyIds[s.Doc]])).ToList());
        var hits = new List<SearchHit>(page.Count);
        for (int i = 0; i < page.Count; i++)
        {
            if (displays[i] is not { } display) continue;
            var (doc, score, via, viaDoc) = page[i];
            var language = docs.Language(doc);
            var terms = via == "match" && highlights.TryGetValue(language, out var h) ? h : new HighlightTerms();
            int date = docs.Dates[doc];
            hits.Add(new SearchHit(
                Id(doc), docs.Symbol(doc), language,
                docs.Sessions[doc] == 0 ? null : docs.Sessions[doc], docs.Years[doc] == 0 ? null : docs.Years[doc],
                Documents.ClauseTypeNames.ToName(docs.Type(doc)), display.Number, display.Verb,
                display.Text, Highlighter.Snippet(display.Text, language, terms, analysis), (float)Math.Round(score, 4), via,
                viaDoc < 0 ? null : Id(viaDoc), display.Title is { Length: > 0 } title ? title : null,
                date > 0 ? $"{date / 10000:D4}-{date / 100 % 100:D2}-{date % 100:D2}" : null));
        }
        return hits;
    }
}
