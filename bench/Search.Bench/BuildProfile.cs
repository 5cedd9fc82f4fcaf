using System.Diagnostics;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Index.Analysis;
using Search.Index.Analysis.Analyzers;
using Search.Index.Storage;

namespace Search.Bench;

/// <summary>Where a build's CPU goes: analysis alone, then the same paragraphs through an index writer in memory.</summary>
public static class BuildProfile
{
    static readonly Dictionary<string, LanguageAnalyzer> EveryWordAnalyzers = [];

    static LanguageAnalyzer EveryWord(string language) =>
        EveryWordAnalyzers.TryGetValue(language, out var analyzer) ? analyzer : EveryWordAnalyzers[language] = LanguageAnalyzers.Create(language, rememberWords: false);

    public static int Run(string[] args)
    {
        using var store = ResolutionStore.Open(args[0]);
        var paragraphs = store.ReadParagraphs();
        int n = Math.Min(paragraphs.Count, int.Parse(args[1]));
        var texts = Enumerable.Range(0, n).Select(paragraphs.Text).ToArray();
        var langs = Enumerable.Range(0, n).Select(p => paragraphs.Resolutions[paragraphs.ResolutionOf[p]].Language).ToArray();
        long chars = texts.Sum(t => (long)t.Length);
        for (int round = 0; round < 2; round++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            int tokens = 0;
            for (int i = 0; i < n; i++)
            {
                using var stream = LanguageAnalyzers.For(langs[i]).GetTokenStream("text_" + langs[i], texts[i]);
                stream.Reset();
                while (stream.IncrementToken()) tokens++;
                stream.End();
            }
            var analysis = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            int everyWordTokens = 0;
            for (int i = 0; i < n; i++)
            {
                using var stream = EveryWord(langs[i]).GetTokenStream("text_" + langs[i], texts[i]);
                stream.Reset();
                while (stream.IncrementToken()) everyWordTokens++;
                stream.End();
            }
            var everyWord = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            int viaCallback = 0;
            for (int i = 0; i < n; i++) UnAnalysis.Instance.Analyze(langs[i], texts[i], (_, _, _, _) => viaCallback++);
            var callback = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            int words = 0;
            for (int i = 0; i < n; i++)
            {
                var t = new Search.Index.Analysis.Tokenization.UnTokenizer(texts[i]);
                while (t.Next(out _, out _)) words++;
            }
            var tokenizer = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var dir = new Lucene.Net.Store.RAMDirectory();
            using (var writer = new Lucene.Net.Index.IndexWriter(dir, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48,
                       Search.Index.Indexing.IndexSchema.Analyzer(UnAnalysis.Instance)) { RAMBufferSizeMB = 256 }))
            {
                var doc = new Search.Index.Indexing.ParagraphDocument(UnAnalysis.Instance.Languages);
                for (int i = 0; i < n; i++)
                    writer.AddDocument(doc.Set(paragraphs.Resolutions[paragraphs.ResolutionOf[i]], paragraphs.Keys[i], paragraphs.Types[i], paragraphs.Verbs[i], texts[i]));
                writer.Commit();
            }
            var index = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"{n:N0} paragraphs, {chars / 1e6:0.0} M chars, {tokens:N0} tokens: tokenizer alone {tokenizer.TotalSeconds:0.00} s, analysis (Lucene chain, words remembered) {analysis.TotalSeconds:0.00} s, every word through the filters {everyWord.TotalSeconds:0.00} s ({everyWordTokens:N0} tokens), via callback {callback.TotalSeconds:0.00} s, index writer in memory {index.TotalSeconds:0.00} s CPU");
        }
        return 0;
    }
}
