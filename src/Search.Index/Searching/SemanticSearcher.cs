using System.Diagnostics;
using Search.Index.Paragraphs;
using Search.Index.Querying.Parsing;
using Search.Index.Semantics;

namespace Search.Index.Searching;

/// <summary>
/// Semantic search (the paragraphs whose vectors are nearest the query's) and hybrid search (keyword and
/// semantic rankings fused by reciprocal rank, k = 60). Filters and facets work as in keyword search; a semantic
/// match is a paragraph whose similarity reaches <see cref="MinimumSimilarity"/>.
/// </summary>
public sealed class SemanticSearcher(Func<SearchRequest, SearchResult> keywordSearch, SemanticIndex semantic)
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

        if (request.Mode == SearchMode.Semantic)
        {
            var page = ranked.Skip(offset).Take(limit).Select(r => Hit(docs, r.Doc, (float)r.Key)).ToList();
            return new SearchResult(request.Query, facets.Total, clock.Elapsed.TotalMilliseconds, page, facets.Result(), parsed.Notices);
        }

        var lexical = keywordSearch(request with { Offset = 0, Limit = FusionDepth, Mode = SearchMode.Keyword });
        var semanticIds = ranked.Select(r => docs.Id(r.Doc)).ToList();
        var lexicalIds = lexical.Hits.Select(h => h.Id).ToList();
        var byId = lexical.Hits.ToDictionary(h => h.Id);
        var fused = RankFusion.Fuse<string>(lexicalIds, semanticIds)
            .Skip(offset).Take(limit)
            .Select(f => byId.TryGetValue(f.Item, out var hit)
                ? hit with { Score = (float)Math.Round(f.Score, 5) }
                : Hit(docs, semantic.Snapshot.DocsById[f.Item], (float)Math.Round(f.Score, 5)))
            .ToList();
        return new SearchResult(request.Query, lexical.Total, clock.Elapsed.TotalMilliseconds, fused, lexical.Facets, lexical.Notices);
    }

    /// <summary>A paragraph found by meaning: shown whole, with nothing marked.</summary>
    static SearchHit Hit(DocumentTable docs, int doc, float score)
    {
        var text = docs.Text(doc);
        int date = docs.Dates[doc];
        return new SearchHit(
            docs.Id(doc), docs.Symbol(doc), docs.Language(doc),
            docs.Sessions[doc] == 0 ? null : docs.Sessions[doc], docs.Years[doc] == 0 ? null : docs.Years[doc],
            Documents.ClauseTypeNames.ToName(docs.Type(doc)), docs.Numbers[doc], docs.VerbDisplays[docs.VerbIds[doc]],
            text, Highlighting.Highlighter.Snippet(text, docs.Language(doc), new HighlightTerms(), Analysis.UnAnalysis.Instance), (float)Math.Round(score, 4), "semantic", null,
            docs.Titles[docs.TitleIds[doc]] is { Length: > 0 } title ? title : null,
            date > 0 ? $"{date / 10000:D4}-{date / 100 % 100:D2}-{date % 100:D2}" : null);
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
