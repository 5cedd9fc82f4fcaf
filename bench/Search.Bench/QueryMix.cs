using Search.Index.Analysis;
using Search.Index.Indexing;
using Search.Index.Paragraphs;

namespace Search.Bench;

/// <summary>One benchmark query: our query text, and the same search for FTS5.</summary>
public sealed record BenchQuery(string Class, string Text, string? FtsMatch, (int, int)? Years = null, string? Type = null, string? Language = null);

/// <summary>
/// Queries drawn from the corpus itself, so each class has real targets: words by how many paragraphs hold
/// them, word pairs and triples and phrases from real paragraphs, prefixes, filters, browsing.
/// </summary>
public static class QueryMix
{
    /// <param name="englishDocFreq">Each English term (sorted) with the number of English paragraphs holding it, and how many there are.</param>
    /// <param name="drawFrom">The paragraphs queries are drawn from: those of the generated corpus, so that paragraphs a run added (its update step) do not change the next run's mix.</param>
    public static List<BenchQuery> Build(ParagraphSnapshot snapshot, ITermSource analysis, int seed, (IReadOnlyList<(string Term, int DocFreq)> Terms, int Docs) englishDocFreq,
        Func<int, bool> drawFrom, int perClass = 20)
    {
        var random = new Random(seed);
        var docs = snapshot.Documents;
        var corpus = Enumerable.Range(0, docs.Count).Where(drawFrom).ToList();
        var frequencies = englishDocFreq.Terms.ToDictionary(t => t.Term, t => t.DocFreq, StringComparer.Ordinal);
        var surface = SurfaceWords(snapshot, corpus, analysis, random);
        string Word(string term) => surface.GetValueOrDefault(term) ?? term;
        double Df(string term) => (double)frequencies.GetValueOrDefault(term) / englishDocFreq.Docs;

        var sortedTerms = englishDocFreq.Terms.Select(t => t.Term).ToList();
        var candidates = sortedTerms.Where(t => surface.ContainsKey(t) && t.All(char.IsLetter)).ToList();
        var common = candidates.OrderByDescending(Df).Take(perClass).ToList();
        var rare = sortedTerms.Where(t => surface.ContainsKey(t) && frequencies[t] is >= 3 and <= 30).OrderBy(_ => random.Next()).Take(perClass).ToList();
        var queries = new List<BenchQuery>();

        foreach (var t in rare) queries.Add(Words("rare word", [Word(t)], analysis));
        foreach (var t in common.Where(t => Df(t) > 0.3).DefaultIfEmpty(common[0]).Take(perClass)) queries.Add(Words("word in >30 %", [Word(t)], analysis));

        var enDocs = corpus.Where(d => docs.Language(d) == "en").ToList();
        List<(string Surface, string Term)> TokensOf(int doc)
        {
            var text = docs.Text(doc);
            var list = new List<(string, string)>();
            analysis.Analyze("en", text, (term, _, s, e) => { if (term.All(char.IsLetter) && term.Length > 3) list.Add((text[s..e], term)); });
            return list;
        }
        for (int i = 0; i < perClass; i++)
        {
            var tokens = TokensOf(enDocs[random.Next(enDocs.Count)]);
            if (tokens.Count < 3) { i--; continue; }
            var picked = tokens.OrderBy(_ => random.Next()).Take(3).ToList();
            queries.Add(Words("two words", picked.Take(2).Select(p => p.Surface).ToArray(), analysis));
            queries.Add(Words("three words", picked.Select(p => p.Surface).ToArray(), analysis));
            queries.Add(Words("filtered (word + years + type)", [picked[0].Surface], analysis) with
            {
                Text = picked[0].Surface + " year:1980..2010 type:operative", Years = (1980, 2010), Type = "operative",
            });
        }
        int phrases = 0;
        for (int attempt = 0; phrases < perClass && attempt < 10_000; attempt++)
        {
            var doc = enDocs[random.Next(enDocs.Count)];
            var text = docs.Text(doc);
            var tokens = new List<(string Term, int Position, int Start, int End)>();
            analysis.Analyze("en", text, (t, p, s, e) => tokens.Add((t, p, s, e)));
            for (int k = 0; k + 1 < tokens.Count; k++)
            {
                var (a, b) = (tokens[k], tokens[k + 1]);
                if (b.Position != a.Position + 1 || Df(a.Term) < 0.02 || Df(b.Term) < 0.02 || !a.Term.All(char.IsLetter) || !b.Term.All(char.IsLetter)) continue;
                var phrase = text[a.Start..b.End];
                queries.Add(new BenchQuery("phrase of common words", $"\"{phrase}\"", Fts(analysis, [phrase], phrase: true)));
                phrases++;
                break;
            }
        }
        foreach (var t in common.Where(t => t.Length >= 5).Take(perClass))
        {
            var prefix = Word(t)[..4].ToLowerInvariant();
            queries.Add(new BenchQuery("prefix", prefix + "*", $"\"{prefix}\"*"));
        }
        for (int i = 0; i < perClass; i++)
        {
            int year = 1946 + random.Next(80);
            var lang = new[] { "en", "fr", "ru" }[random.Next(3)];
            queries.Add(new BenchQuery("empty query + filters", $"year:{year} lang:{lang}", null, (year, year), null, lang));
        }
        var aligned = enDocs.Where(d => docs.AlignedNext[d] != d).ToList();
        for (int i = 0; i < perClass && aligned.Count > 0; i++)
        {
            var tokens = TokensOf(aligned[random.Next(aligned.Count)]);
            if (tokens.Count < 2) { i--; continue; }
            var picked = tokens.OrderBy(_ => random.Next()).Take(2).Select(p => p.Surface).ToArray();
            queries.Add(Words("cross-language (2 words)", picked, analysis));
        }
        return queries;
    }

    static BenchQuery Words(string @class, string[] words, ITermSource analysis) =>
        new(@class, string.Join(' ', words), Fts(analysis, words, phrase: false));

    /// <summary>The same words for FTS5: in each language the analysed terms (all required, or as a phrase), the languages as alternatives.</summary>
    static string? Fts(ITermSource analysis, string[] words, bool phrase)
    {
        var perLanguage = new List<string>();
        foreach (var language in analysis.Languages)
        {
            var terms = new List<string>();
            foreach (var w in words) analysis.Analyze(language, w, (t, _, _, _) => terms.Add(t.Replace('/', '_').Replace("\"", "")));
            if (terms.Count == 0) continue;
            perLanguage.Add(phrase ? $"\"{string.Join(' ', terms)}\"" : "(" + string.Join(" AND ", terms.Select(t => $"\"{t}\"")) + ")");
        }
        return perLanguage.Count == 0 ? null : string.Join(" OR ", perLanguage.Distinct());
    }

    /// <summary>A word as written for each English term, so that queries are typed as a user would type them.</summary>
    static Dictionary<string, string> SurfaceWords(ParagraphSnapshot snapshot, List<int> corpus, ITermSource analysis, Random random)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var docs = snapshot.Documents;
        for (int i = 0; i < 30_000 && i < corpus.Count; i++)
        {
            int d = corpus[random.Next(corpus.Count)];
            if (docs.Language(d) != "en") continue;
            var text = docs.Text(d);
            analysis.Analyze("en", text, (term, _, s, e) => map.TryAdd(term, text[s..e]));
        }
        return map;
    }
}
