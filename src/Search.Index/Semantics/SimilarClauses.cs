using Search.Index.Analysis;
using Search.Index.Documents;
using Search.Index.Paragraphs;
using Search.Index.Querying.Model;

namespace Search.Index.Semantics;

public sealed record SimilarHit(string Id, string Symbol, string Language, int? Session, int? Year, string Type, int Number, string Text, float Score, IReadOnlyList<DiffPart> Diff);

public sealed record SimilarResult(string SourceId, string SourceText, string Model, IReadOnlyList<SimilarHit> Hits);

public enum ClauseChange { Unchanged, Changed, Added, Removed }

public sealed record ClauseComparison(ClauseChange Change, string? BeforeId, string? AfterId, string? BeforeKey, string? AfterKey, IReadOnlyList<DiffPart> Diff);

public sealed record ResolutionComparison(string Before, string After, string Language, IReadOnlyList<ClauseComparison> Clauses);

/// <summary>Nearest clauses of other resolutions, and clause-by-clause comparison of two resolutions.</summary>
public sealed class SimilarClauses(SemanticIndex semantic, ITermSource analysis)
{
    ParagraphSnapshot Snapshot => semantic.Snapshot;

    /// <summary>The nearest clauses that pass <paramref name="filters"/>, checked on the documents the vectors were computed for.</summary>
    public SimilarResult? Similar(string paragraphId, int limit, SearchFilters filters) =>
        Similar(paragraphId, limit, new FilterMask(Snapshot.Documents, filters));

    public SimilarResult? Similar(string paragraphId, int limit, FilterMask filters)
    {
        if (!Snapshot.DocsById.TryGetValue(paragraphId, out var source)) return null;
        var docs = Snapshot.Documents;
        int symbol = docs.SymbolIds[source];
        var sourceText = docs.Text(source);
        var nearest = semantic.Vectors.Nearest(semantic.Vectors.Vector(source), limit,
            d => docs.SymbolIds[d] != symbol && filters.Failures(d) == 0);
        var hits = nearest.Select(n => new SimilarHit(
            docs.Id(n.Doc), docs.Symbol(n.Doc), docs.Language(n.Doc),
            docs.Sessions[n.Doc] == 0 ? null : docs.Sessions[n.Doc], docs.Years[n.Doc] == 0 ? null : docs.Years[n.Doc],
            docs.Type(n.Doc).ToName(), docs.Numbers[n.Doc], docs.Text(n.Doc), (float)Math.Round(n.Score, 4),
            docs.Language(n.Doc) == docs.Language(source) ? WordDiff.Compare(sourceText, docs.Text(n.Doc)) : [])).ToList();
        return new SimilarResult(paragraphId, sourceText, semantic.ModelId, hits);
    }

    /// <summary>
    /// Clauses matched one to one by similarity of their words (the most similar pairs first, same key breaking
    /// ties); a pair is unchanged or changed with a word-level diff, an unmatched clause is added or removed.
    /// </summary>
    public ResolutionComparison? Compare(string before, string after, string language)
    {
        var a = Clauses(before, language);
        var b = Clauses(after, language);
        if (a.Count == 0 || b.Count == 0) return null;
        var docs = Snapshot.Documents;
        var terms = a.Concat(b).ToDictionary(d => d, d => TermSet(language, docs.Text(d)));

        var pairs = new List<(int A, int B, double Similarity)>();
        foreach (var x in a)
            foreach (var y in b)
            {
                double jaccard = Jaccard(terms[x], terms[y]);
                if (docs.Key(x) == docs.Key(y)) jaccard += 1e-6; // the same key wins a tie
                if (jaccard >= 0.5) pairs.Add((x, y, jaccard));
            }
        var matchedA = new Dictionary<int, int>();
        var matchedB = new HashSet<int>();
        foreach (var (x, y, _) in pairs.OrderByDescending(p => p.Similarity).ThenBy(p => p.A).ThenBy(p => p.B))
        {
            if (matchedA.ContainsKey(x) || matchedB.Contains(y)) continue;
            matchedA[x] = y;
            matchedB.Add(y);
        }

        var result = new List<ClauseComparison>();
        var pending = a.Where(x => !matchedA.ContainsKey(x)).ToList();
        foreach (var y in b)
        {
            var x = matchedA.FirstOrDefault(p => p.Value == y).Key;
            bool matched = matchedA.ContainsKey(x) && matchedA[x] == y;
            // Removed clauses are listed where they stood, before the next clause that survived.
            while (pending.Count > 0 && matched && pending[0] < x)
            {
                result.Add(Removed(pending[0]));
                pending.RemoveAt(0);
            }
            if (!matched) { result.Add(new ClauseComparison(ClauseChange.Added, null, docs.Id(y), null, docs.Key(y), [new DiffPart(DiffKind.Added, docs.Text(y))])); continue; }
            var diff = WordDiff.Compare(docs.Text(x), docs.Text(y));
            result.Add(new ClauseComparison(WordDiff.Identical(diff) ? ClauseChange.Unchanged : ClauseChange.Changed, docs.Id(x), docs.Id(y), docs.Key(x), docs.Key(y), diff));
        }
        result.AddRange(pending.Select(Removed));
        return new ResolutionComparison(before, after, language, result);
    }

    ClauseComparison Removed(int doc) =>
        new(ClauseChange.Removed, Snapshot.Documents.Id(doc), null, Snapshot.Documents.Key(doc), null, [new DiffPart(DiffKind.Removed, Snapshot.Documents.Text(doc))]);

    /// <summary>
    /// The earlier version of a recurring resolution: among resolutions of an earlier session with the same
    /// title in this language, the one whose clauses are most similar.
    /// </summary>
    public string? PreviousVersion(string symbol, string language)
    {
        var docs = Snapshot.Documents;
        var mine = Clauses(symbol, language);
        if (mine.Count == 0) return null;
        var title = docs.Titles[docs.TitleIds[mine[0]]];
        int session = docs.Sessions[mine[0]];
        if (title.Length == 0 || session == 0) return null;
        var centroid = Centroid(mine);
        string? best = null;
        float bestScore = float.MinValue;
        foreach (var candidate in Enumerable.Range(0, docs.Count)
                     .Where(d => docs.Language(d) == language && docs.Sessions[d] > 0 && docs.Sessions[d] < session
                                 && string.Equals(docs.Titles[docs.TitleIds[d]], title, StringComparison.OrdinalIgnoreCase))
                     .Select(d => docs.Symbol(d)).Distinct())
        {
            var score = VectorMath.Cosine(centroid, Centroid(Clauses(candidate, language)));
            if (score > bestScore || (score == bestScore && string.CompareOrdinal(candidate, best) > 0)) { bestScore = score; best = candidate; }
        }
        return best;
    }

    float[] Centroid(List<int> clauses)
    {
        var sum = new float[semantic.Vectors.Dimensions];
        foreach (var d in clauses)
        {
            var v = semantic.Vectors.Vector(d);
            for (int i = 0; i < sum.Length; i++) sum[i] += v[i];
        }
        VectorMath.Normalize(sum);
        return sum;
    }

    List<int> Clauses(string symbol, string language)
    {
        var docs = Snapshot.Documents;
        var list = new List<int>();
        for (int d = 0; d < docs.Count; d++)
            if (docs.Symbol(d) == symbol && docs.Language(d) == language) list.Add(d);
        return list;
    }

    HashSet<string> TermSet(string language, string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        analysis.Analyze(language, text, (t, _, _, _) => set.Add(t));
        return set;
    }

    static double Jaccard(HashSet<string> x, HashSet<string> y)
    {
        if (x.Count == 0 && y.Count == 0) return 1;
        int common = x.Count(y.Contains);
        return (double)common / (x.Count + y.Count - common);
    }
}
