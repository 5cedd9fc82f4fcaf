using Search.Index.Analysis;
using Search.Index.Paragraphs;
using Search.Index.Ingestion;
using Search.Index.Searching;
using Search.Index.Storage;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Searching;

/// <summary>
/// The engine (Lucene, with our analysis, per-language BM25 and our query compilation) must agree with a
/// reference that analyses every paragraph itself and scores it by the BM25 definition: the same total and the
/// same top 10 for thousands of random queries over real text.
/// </summary>
public class BruteForceAgreementTests
{
    const int TopK = 10;
    const float Tolerance = 1e-3f;

    sealed record Doc(int Number, string Language, Dictionary<string, List<int>> Terms, int Length);

    sealed class Reference
    {
        public required Dictionary<string, List<Doc>> ByLanguage { get; init; }
        public required Dictionary<string, Dictionary<string, int>> DocFreq { get; init; }
        public required Dictionary<string, double> AverageLength { get; init; }
        public required Dictionary<string, int> DocCount { get; init; }
        public required Doc[] ByNumber { get; init; }
    }

    enum Shape { One, And2, And3, Or2, Phrase, Not, Prefix }

    [Fact]
    public void Pruned_top_k_and_totals_agree_with_scoring_everything()
    {
        var paths = new List<string> { TestPaths.Corpus };
        if (TestPaths.Shared is { } shared)
        {
            paths.Add(Path.Combine(shared, "corpus-ext", "unsc_res_en_gold.jsonl"));
            paths.Add(Path.Combine(shared, "corpus-ext", "udhr_a_res_217A_III.en-fr-ru.jsonl"));
        }
        using var store = ResolutionStore.Open(TestPaths.NewTempDirectory());
        new Ingestor(store).Ingest(paths);
        var analysis = UnAnalysis.Instance;
        // Built in parts, as a large store is (IndexBuild): the agreement then holds for what a build in parts makes.
        var engine = new SearchEngine(analysis) { ParagraphsPerBuildPart = 100 };
        engine.Rebuild(store);
        var snapshot = engine.Paragraphs;
        var reference = BuildReference(snapshot, analysis);

        var random = new Random(4242);
        var words = Vocabulary(snapshot, analysis, random);
        int checkedQueries = 0, withHits = 0;
        for (int q = 0; q < 3000; q++)
        {
            var shape = (Shape)random.Next(7);
            var (text, evaluate) = MakeQuery(shape, words, snapshot, analysis, random, reference);
            var expected = Enumerable.Range(0, snapshot.Count).Select(d => (Doc: d, Score: evaluate(d))).Where(x => x.Score is not null)
                .Select(x => (x.Doc, Score: x.Score!.Value)).OrderByDescending(x => x.Score).ThenBy(x => x.Doc).ToList();
            var actual = engine.Search(new SearchRequest { Query = text, Limit = TopK, Translations = false });

            Assert.True(expected.Count == actual.Total, $"total for [{text}]: expected {expected.Count}, got {actual.Total}");
            var expectedTop = expected.Take(TopK).ToList();
            Assert.Equal(expectedTop.Count, actual.Hits.Count);
            for (int i = 0; i < expectedTop.Count; i++)
            {
                Assert.True(Math.Abs(expectedTop[i].Score - actual.Hits[i].Score) < Tolerance, $"[{text}] rank {i + 1}: expected score {expectedTop[i].Score}, got {actual.Hits[i].Score}");
                var doc = snapshot.DocsById[actual.Hits[i].Id];
                var own = expected.Single(e => e.Doc == doc).Score;
                Assert.True(Math.Abs(own - actual.Hits[i].Score) < Tolerance, $"[{text}] {actual.Hits[i].Id} scored {actual.Hits[i].Score}, reference {own}");
            }
            if (expectedTop.Count == TopK)
            {
                // Everything clearly above the 10th score must be in the engine's top 10.
                var cut = expectedTop[^1].Score + Tolerance;
                var mustHave = expected.TakeWhile(e => e.Score > cut).Select(e => snapshot.Documents.Id(e.Doc));
                Assert.Subset(actual.Hits.Select(h => h.Id).ToHashSet(), mustHave.ToHashSet());
            }
            checkedQueries++;
            if (expected.Count > 0) withHits++;
        }
        Assert.Equal(3000, checkedQueries);
        Assert.True(withHits > checkedQueries / 2, $"only {withHits} of {checkedQueries} queries had hits: the generator is not testing much");
    }

    static Reference BuildReference(ParagraphSnapshot snapshot, ITermSource analysis)
    {
        var byLanguage = new Dictionary<string, List<Doc>>();
        var docFreq = new Dictionary<string, Dictionary<string, int>>();
        for (int d = 0; d < snapshot.Count; d++)
        {
            var language = snapshot.Documents.Language(d);
            var terms = new Dictionary<string, List<int>>();
            int length = 0;
            analysis.Analyze(language, snapshot.Documents.Text(d), (term, position, _, _) =>
            {
                if (!terms.TryGetValue(term, out var list)) terms[term] = list = [];
                list.Add(position);
                length++;
            });
            if (!byLanguage.TryGetValue(language, out var docs)) { byLanguage[language] = docs = []; docFreq[language] = []; }
            docs.Add(new Doc(d, language, terms, length));
            foreach (var term in terms.Keys) docFreq[language][term] = docFreq[language].GetValueOrDefault(term) + 1;
        }
        return new Reference
        {
            ByNumber = byLanguage.Values.SelectMany(v => v).OrderBy(x => x.Number).ToArray(),
            ByLanguage = byLanguage,
            DocFreq = docFreq,
            // A paragraph that analysis leaves empty (only stop words) has no terms in the field and is not counted.
            AverageLength = byLanguage.ToDictionary(p => p.Key, p => Math.Max(1, p.Value.Where(d => d.Length > 0).DefaultIfEmpty(p.Value[0]).Average(d => (double)d.Length))),
            DocCount = byLanguage.ToDictionary(p => p.Key, p => p.Value.Count(d => d.Length > 0)),
        };
    }

    /// <summary>Surface words from the texts, frequent and rare alike.</summary>
    static List<string> Vocabulary(ParagraphSnapshot snapshot, ITermSource analysis, Random random)
    {
        var words = new List<string>();
        for (int i = 0; i < 4000; i++)
        {
            int d = random.Next(snapshot.Count);
            var text = snapshot.Documents.Text(d);
            var spans = new List<(int, int)>();
            analysis.Analyze(snapshot.Documents.Language(d), text, (_, _, s, e) => spans.Add((s, e)));
            if (spans.Count == 0) continue;
            var (start, end) = spans[random.Next(spans.Count)];
            var word = text[start..end];
            if (word.All(char.IsLetterOrDigit)) words.Add(word);
        }
        return words;
    }

    static (string Text, Func<int, float?> Evaluate) MakeQuery(Shape shape, List<string> words, ParagraphSnapshot snapshot, ITermSource analysis, Random random, Reference reference)
    {
        string W() => words[random.Next(words.Count)];
        switch (shape)
        {
            case Shape.One: { var a = W(); return (a, d => And(reference, snapshot, analysis, d, [a])); }
            case Shape.And2: { var a = W(); var b = W(); return ($"{a} {b}", d => And(reference, snapshot, analysis, d, [a, b])); }
            case Shape.And3: { var a = W(); var b = W(); var c = W(); return ($"{a} AND {b} {c}", d => And(reference, snapshot, analysis, d, [a, b, c])); }
            case Shape.Or2: { var a = W(); var b = W(); return ($"{a} OR {b}", d => Or(reference, snapshot, analysis, d, [a, b])); }
            case Shape.Prefix:
            {
                var word = W();
                var prefix = word[..Math.Min(word.Length, 3 + random.Next(3))].ToLowerInvariant().Replace('ё', 'е');
                return ($"{prefix}*", d => Prefix(reference, snapshot, d, prefix));
            }
            case Shape.Not:
            {
                var a = W(); var b = W();
                return ($"{a} -{b}", d =>
                {
                    var excluded = Terms(analysis, snapshot.Documents.Language(d), b);
                    if (excluded.Count > 0 && Clause(reference, snapshot, d, excluded) is not null) return null;
                    return And(reference, snapshot, analysis, d, [a]);
                });
            }
            default:
            {
                // Two neighbouring words of a real paragraph.
                int doc = random.Next(snapshot.Count);
                var text = snapshot.Documents.Text(doc);
                var spans = new List<(int S, int E)>();
                analysis.Analyze(snapshot.Documents.Language(doc), text, (_, _, s, e) => spans.Add((s, e)));
                if (spans.Count < 2) return MakeQuery(Shape.One, words, snapshot, analysis, random, reference);
                int i = random.Next(spans.Count - 1);
                var phrase = $"{text[spans[i].S..spans[i].E]} {text[spans[i + 1].S..spans[i + 1].E]}";
                return ($"\"{phrase}\"", d =>
                {
                    var terms = Terms(analysis, snapshot.Documents.Language(d), phrase);
                    return terms.Count == 0 ? null : Clause(reference, snapshot, d, terms);
                });
            }
        }
    }

    static readonly Dictionary<(string, string), List<(string Term, int Position)>> TermCache = [];
    static readonly Dictionary<(string, string), HashSet<string>> ExpansionCache = [];

    static List<(string Term, int Position)> Terms(ITermSource analysis, string language, string text)
    {
        if (TermCache.TryGetValue((language, text), out var cached)) return cached;
        var list = new List<(string, int)>();
        analysis.Analyze(language, text, (t, p, _, _) => list.Add((t, p)));
        return TermCache[(language, text)] = list;
    }

    static float? And(Reference r, ParagraphSnapshot s, ITermSource analysis, int d, string[] words)
    {
        var language = s.Documents.Language(d);
        float sum = 0;
        bool any = false;
        foreach (var w in words)
        {
            var terms = Terms(analysis, language, w);
            if (terms.Count == 0) continue; // removed by analysis: no constraint
            any = true;
            var score = Clause(r, s, d, terms);
            if (score is null) return null;
            sum += score.Value;
        }
        return any ? sum : null;
    }

    static float? Or(Reference r, ParagraphSnapshot s, ITermSource analysis, int d, string[] words)
    {
        var language = s.Documents.Language(d);
        float sum = 0;
        bool matched = false;
        foreach (var w in words)
        {
            var terms = Terms(analysis, language, w);
            if (terms.Count == 0) continue;
            var score = Clause(r, s, d, terms);
            if (score is not null) { matched = true; sum += score.Value; }
        }
        return matched ? sum : null;
    }

    /// <summary>
    /// A word beginning: every term of the language's field that starts with it (the first 512 in term order, as
    /// the engine caps it), each scored as a word, summed.
    /// </summary>
    static float? Prefix(Reference r, ParagraphSnapshot s, int d, string prefix)
    {
        var language = s.Documents.Language(d);
        if (!ExpansionCache.TryGetValue((language, prefix), out var expansions))
            ExpansionCache[(language, prefix)] = expansions = r.DocFreq[language].Keys.Where(t => t.StartsWith(prefix, StringComparison.Ordinal))
                .OrderBy(t => t, StringComparer.Ordinal).Take(512).ToHashSet();
        float sum = 0;
        bool matched = false;
        foreach (var term in r.ByNumber[d].Terms.Keys.Where(expansions.Contains).OrderBy(t => t, StringComparer.Ordinal))
        {
            sum += Clause(r, s, d, [(term, 0)])!.Value;
            matched = true;
        }
        return matched ? sum : null;
    }

    /// <summary>A word (one term) or a phrase (several terms at their relative positions), scored by BM25.</summary>
    static float? Clause(Reference r, ParagraphSnapshot s, int d, List<(string Term, int Position)> terms)
    {
        var language = s.Documents.Language(d);
        var doc = r.ByNumber[d];
        var docFreq = r.DocFreq[language];
        int n = r.DocCount[language];
        double average = r.AverageLength[language];
        if (terms.Count == 1)
        {
            if (!doc.Terms.TryGetValue(terms[0].Term, out var positions)) return null;
            return (float)(Bm25Reference.Idf(docFreq[terms[0].Term], n) * Bm25Reference.TfFactor(positions.Count, doc.Length, average));
        }
        if (terms.Any(t => !doc.Terms.ContainsKey(t.Term))) return null;
        int frequency = doc.Terms[terms[0].Term].Count(start =>
            terms.Skip(1).All(t => doc.Terms[t.Term].Contains(start - terms[0].Position + t.Position)));
        if (frequency == 0) return null;
        double idf = 0;
        foreach (var t in terms) idf += Bm25Reference.Idf(docFreq[t.Term], n);
        return (float)(idf * Bm25Reference.TfFactor(frequency, doc.Length, average));
    }
}

/// <summary>
/// BM25 written from its definition (Robertson and Zaragoza), k1 = 1.2, b = 0.75, N and the average length taken
/// over one language's paragraphs, independently of the engine's code. The one thing taken from Lucene 4.8 is how
/// it stores a document's length: as one byte, 1/sqrt(length) in a float of 3 mantissa bits (SmallFloat
/// "byte315"), read back as 1/f²; a reference with exact lengths would disagree wherever that rounding bites.
/// </summary>
static class Bm25Reference
{
    const double K1 = 1.2, B = 0.75;

    public static double Idf(int docFreq, int docCount) => Math.Log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));

    public static double TfFactor(int frequency, int length, double averageLength)
    {
        double norm = K1 * (1 - B + B * StoredLength(length) / averageLength);
        return frequency * (K1 + 1) / (frequency + norm);
    }

    /// <summary>The length as Lucene 4.8 gets it back from its one-byte norm.</summary>
    static double StoredLength(int length)
    {
        float inverseRoot = (float)(1 / Math.Sqrt(length));
        float decoded = Byte315ToFloat(FloatToByte315(inverseRoot));
        return 1 / ((double)decoded * decoded);
    }

    // A float with 3 mantissa bits and an exponent offset of 15: keep the top bits of the IEEE representation.
    static byte FloatToByte315(float value)
    {
        int bits = BitConverter.SingleToInt32Bits(value);
        int small = bits >> (24 - 3);
        int zero = (63 - 15) << 3;
        if (small <= zero) return (byte)(bits <= 0 ? 0 : 1);
        if (small >= zero + 0x100) return 255;
        return (byte)(small - zero);
    }

    static float Byte315ToFloat(byte b)
    {
        if (b == 0) return 0;
        int bits = (b & 0xff) << (24 - 3);
        bits += (63 - 15) << 24;
        return BitConverter.Int32BitsToSingle(bits);
    }
}
