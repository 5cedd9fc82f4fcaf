using System.Diagnostics;
using System.Text;
using Search.Index.Analysis.Analyzers;

namespace Search.Bench;

/// <summary>Analysis throughput per language on real UN text, single-threaded, in MB of UTF-8 input a second.</summary>
public static class AnalysisBenchmark
{
    public static int Run(string[] args)
    {
        var texts = new Dictionary<string, List<string>> { ["en"] = [], ["fr"] = [], ["ru"] = [] };
        foreach (var r in SharedData.JsonLines("unpc_devset_2015_part1.en-fr-ru.jsonl"))
            foreach (var lang in texts.Keys) texts[lang].Add(r.GetProperty(lang).GetString()!);
        foreach (var r in SharedData.JsonLines("udhr_a_res_217A_III.en-fr-ru.jsonl"))
            texts[r.GetProperty("lang").GetString()!].Add(r.GetProperty("text").GetString()!);
        foreach (var r in SharedData.JsonLines("unsc_res_en_gold.jsonl")) texts["en"].Add(r.GetProperty("text").GetString()!);
        foreach (var file in Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "corpus")))
        {
            var lang = file.Contains("-ru") ? "ru" : file.Contains("-fr") ? "fr" : "en";
            texts[lang].Add(File.ReadAllText(file));
        }

        var rows = new StringBuilder("| language | input | MB/s (UTF-8 input) | tokens/s | goal (30 MB/s) |\n| --- | --- | --- | --- | --- |\n");
        foreach (var (lang, list) in texts)
        {
            var analyzer = LanguageAnalyzers.For(lang);
            long bytes = list.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
            long tokens = 0;
            foreach (var t in list) analyzer.Analyze(t, (_, _, _, _) => tokens++); // warm-up, and the stem cache fills as in indexing
            long tokensPerPass = tokens;
            var clock = Stopwatch.StartNew();
            int passes = 0;
            while (clock.Elapsed < TimeSpan.FromSeconds(3) || passes < 3)
            {
                foreach (var t in list) analyzer.Analyze(t, (_, _, _, _) => { });
                passes++;
            }
            double seconds = clock.Elapsed.TotalSeconds;
            double mbps = bytes * passes / seconds / 1e6;
            double tps = tokensPerPass * passes / seconds;
            Console.WriteLine($"{lang}: {bytes / 1e6:0.0} MB x {passes}: {mbps:0.0} MB/s, {tps / 1e6:0.00} M tokens/s");
            rows.Append($"| {lang} | {list.Count:N0} texts, {bytes / 1e6:0.0} MB | {mbps:0.0} | {tps / 1e6:0.00} M | {(mbps >= 30 ? "met" : $"missed by {30 - mbps:0.0}")} |\n");
        }
        ResultsFile.WriteSection("Analysis throughput", $"""
            Machine: {ResultsFile.Machine()}.

            Single thread; the whole chain (tokenizer, lower-case, possessive / elision / ё folding, stop words, Snowball stemmer)
            over real UN text: UNPC dev set sentences and the Universal Declaration in all three languages, the Security Council
            resolutions (English) and the seed resolutions; after one warm-up pass, so the stem cache is warm, as it is after the first paragraphs of an indexing run. Command: `dotnet run -c Release --project bench/Search.Bench -- analysis`.

            {rows}
            """);
        return 0;
    }
}
