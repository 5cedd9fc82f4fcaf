using System.Diagnostics;
using Search.Index.Indexing;
using Search.Index.Querying.Parsing;
using Search.Index.Semantics;

namespace Search.Index.Searching;

/// <summary>
/// Semantic search (the paragraphs whose vectors are nearest the query's) and hybrid search (keyword and
/// semantic rankings fused by reciprocal rank, k = 60). Filters and facets work as in keyword search; a semantic
/// match is a paragraph whose similarity reaches <see cref="MinimumSimilarity"/>.
/// </summary>
public sealed class SemanticSearcher(Searcher keyword, SemanticIndex semantic)
{
    public const float MinimumSimilarity = 0.3f;
    const int FusionDepth = 100;

    public SearchResult Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var parsed = QueryParser.Parse(request.Query);
        var filters = parsed.Filters.Merge(request.Filters);
        var docs = semantic.Snapshot.Documents;
        var mask = new FilterMask(docs, filters);
        int limit = Math.Clamp(request.Limit, 0, SearchRequest.MaxLimit);
        int offset = Math.Clamp(request.Offset, 0, SearchRequest.MaxOffset);
        var words = WordsOf(request.Query);
        var query = semantic.EmbedQuery(words);

        var facets = new FacetCounter(docs);
        var top = new TopDocs(Math.Max(offset + limit, FusionDepth));
        semantic.Vectors.ForEachAtLeast(query, MinimumSimilarity, (doc, score) =>
        {
            int failures = mask.Failures(doc);
            facets.Add(doc, failures);
            if (failures == 0) top.Offer(doc, score);
        });
        var ranked = top.Drain();
        var none = new Dictionary<string, HighlightTerms>();

        if (request.Mode == SearchMode.Semantic)
        {
            var page = ranked.Skip(offset).Take(limit).Select(r => keyword.Hit(r.Doc, r.Key, "semantic", null, none)).ToList();
            return new SearchResult(request.Query, facets.Total, clock.Elapsed.TotalMilliseconds, page, facets.Result(), parsed.Notices);
        }

        var lexical = keyword.Search(request with { Offset = 0, Limit = FusionDepth, Mode = SearchMode.Keyword });
        var semanticIds = ranked.Select(r => docs.Id(r.Doc)).ToList();
        var lexicalIds = lexical.Hits.Select(h => h.Id).ToList();
        var byId = lexical.Hits.ToDictionary(h => h.Id);
        var fused = RankFusion.Fuse<string>(lexicalIds, semanticIds)
            .Skip(offset).Take(limit)
            .Select(f => byId.TryGetValue(f.Item, out var hit)
                ? hit with { Score = (float)Math.Round(f.Score, 5) }
                : keyword.Hit(semantic.Snapshot.DocsById[f.Item], (float)Math.Round(f.Score, 5), "semantic", null, none))
            .ToList();
        return new SearchResult(request.Query, lexical.Total, clock.Elapsed.TotalMilliseconds, fused, lexical.Facets, lexical.Notices);
    }

    /// <summary>The words of a query without its operators and field filters, which mean nothing to a vector.</summary>
    static string WordsOf(string query)
    {
        var words = query.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("AND" or "OR" or "NOT") && !(w.Contains(':') && QueryLexer.Fields.Contains(w[..w.IndexOf(':')].ToLowerInvariant())))
            .Select(w => w.Trim('"', '(', ')', '*', '+', '-', '~'));
        return string.Join(' ', words);
    }
}
