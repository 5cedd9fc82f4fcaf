using System.Diagnostics;
using System.Text;
using Search.Index.Analysis;
using Search.Index.Semantics;

namespace Search.Bench;

/// <summary>
/// Cross-language retrieval with the local model on the UN Parallel Corpus dev set: trained on the first part
/// of the aligned triples, tested on the rest (English query, the right French or Russian sentence among all
/// test sentences of that language), beside lexical baselines that have no model.
/// </summary>
public static class SemanticBenchmark
{
    public static int Run(string[] args)
    {
        var triples = SharedData.JsonLines("unpc_devset_2015_part1.en-fr-ru.jsonl")
            .Select(r => (En: r.GetProperty("en").GetString()!, Fr: r.GetProperty("fr").GetString()!, Ru: r.GetProperty("ru").GetString()!))
            .ToList();
        int trainCount = triples.Count * 3 / 4;
        var train = triples.Take(trainCount).ToList();
        var test = triples.Skip(trainCount).ToList();
        var analysis = UnAnalysis.Instance;
        var rows = new StringBuilder("| method | en→fr R@1 | en→fr R@10 | en→ru R@1 | en→ru R@10 |\n| --- | --- | --- | --- | --- |\n");

        foreach (var dims in new[] { 100, 200, 300 })
        {
            var clock = Stopwatch.StartNew();
            var model = LsiTrainer.Train(train.Select(t => new LsiTrainer.Column([("en", t.En), ("fr", t.Fr), ("ru", t.Ru)])).ToList(), analysis, dims);
            var trainTime = clock.Elapsed;
            float[] E(string lang, string text) => model.Embed(lang, text, analysis);
            var (fr1, fr10) = Recall(test.Select(t => E("en", t.En)).ToList(), test.Select(t => E("fr", t.Fr)).ToList());
            var (ru1, ru10) = Recall(test.Select(t => E("en", t.En)).ToList(), test.Select(t => E("ru", t.Ru)).ToList());
            rows.Append($"| local cross-language LSI, {model.Dimensions} dimensions (trained in {trainTime.TotalSeconds:0.0} s) | {fr1:0.000} | {fr10:0.000} | {ru1:0.000} | {ru10:0.000} |\n");
            Console.WriteLine($"LSI {model.Dimensions}: fr {fr1:0.000}/{fr10:0.000} ru {ru1:0.000}/{ru10:0.000}");
        }

        // Lexical baselines: the words two languages share as written (numbers, names, symbols), tf-idf cosine.
        var (lfr1, lfr10) = Recall(Lexical(test.Select(t => t.En), test.Select(t => t.Fr)));
        var (lru1, lru10) = Recall(Lexical(test.Select(t => t.En), test.Select(t => t.Ru)));
        rows.Append($"| lexical baseline: shared surface words, tf-idf cosine | {lfr1:0.000} | {lfr10:0.000} | {lru1:0.000} | {lru10:0.000} |\n");
        rows.Append($"| random ranking (expected) | {1.0 / test.Count:0.000} | {10.0 / test.Count:0.000} | {1.0 / test.Count:0.000} | {10.0 / test.Count:0.000} |\n");
        Console.WriteLine($"lexical: fr {lfr1:0.000}/{lfr10:0.000} ru {lru1:0.000}/{lru10:0.000}");

        // Embedding throughput of the local model.
        var big = LsiTrainer.Train(train.Select(t => new LsiTrainer.Column([("en", t.En), ("fr", t.Fr), ("ru", t.Ru)])).ToList(), analysis, 64);
        var clock2 = Stopwatch.StartNew();
        int embedded = 0;
        long bytes = 0;
        while (clock2.Elapsed < TimeSpan.FromSeconds(3))
            foreach (var t in triples) { big.Embed("en", t.En, analysis); embedded++; bytes += Encoding.UTF8.GetByteCount(t.En); }
        var perSecond = embedded / clock2.Elapsed.TotalSeconds;

        ResultsFile.WriteSection("Cross-language retrieval with the local model", $"""
            Machine: {ResultsFile.Machine()}.

            UN Parallel Corpus v1.0 dev set, first 2,000 aligned English/French/Russian sentences: the model is trained on the first
            {train.Count:N0} triples (each triple one column of the term-by-sentence matrix), tested on the other {test.Count:N0}: each
            English sentence is the query, and the right translation must be found among all {test.Count:N0} test sentences of the other
            language (recall at 1 and at 10). Command: `dotnet run -c Release --project bench/Search.Bench -- semantic`.

            {rows}
            Embedding throughput of the local model (64 dimensions, single thread, English sentences): {perSecond:N0} texts/s, {bytes / clock2.Elapsed.TotalSeconds / 1e6:0.0} MB/s.
            """);
        return 0;
    }

    static (double At1, double At10) Recall(List<float[]> queries, List<float[]> targets)
    {
        int at1 = 0, at10 = 0;
        for (int i = 0; i < queries.Count; i++)
        {
            var own = VectorMath.Cosine(queries[i], targets[i]);
            int better = 0;
            for (int j = 0; j < targets.Count; j++)
                if (j != i && VectorMath.Cosine(queries[i], targets[j]) > own) better++;
            if (better == 0) at1++;
            if (better < 10) at10++;
        }
        return ((double)at1 / queries.Count, (double)at10 / queries.Count);
    }

    static (double, double) Recall((List<float[]> Q, List<float[]> T) pair) => Recall(pair.Q, pair.T);

    static (List<float[]>, List<float[]>) Lexical(IEnumerable<string> queries, IEnumerable<string> targets)
    {
        var q = queries.Select(Tokens).ToList();
        var t = targets.Select(Tokens).ToList();
        var vocabulary = q.Concat(t).SelectMany(x => x.Distinct()).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var ids = vocabulary.Keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);
        int docs = q.Count + t.Count;
        float[] Vector(List<string> tokens)
        {
            var v = new float[ids.Count];
            foreach (var g in tokens.GroupBy(x => x)) v[ids[g.Key]] = (1 + MathF.Log(g.Count())) * MathF.Log((float)docs / vocabulary[g.Key]);
            VectorMath.Normalize(v);
            return v;
        }
        return (q.Select(Vector).ToList(), t.Select(Vector).ToList());
    }

    static List<string> Tokens(string text) =>
        text.ToLowerInvariant().Split((char[])[' ', ',', '.', ';', ':', '(', ')', '«', '»', '"', '<', '>', '-', '–', '/'], StringSplitOptions.RemoveEmptyEntries).ToList();
}
