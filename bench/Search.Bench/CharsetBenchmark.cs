using System.Diagnostics;
using System.Text;
using Search.Index.Ingestion.Reading;

namespace Search.Bench;

/// <summary>
/// How often each code-page guess reads legacy-encoded UN text back exactly, and how fast: the UN Parallel Corpus
/// sentences (French and Russian, alone and as 20-sentence documents) and English resolutions, encoded in
/// Windows-1252, Windows-1251 and KOI8-R.
/// </summary>
public static class CharsetBenchmark
{
    public static int Run(string[] args)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var sentences = SharedData.JsonLines("unpc_devset_2015_part1.en-fr-ru.jsonl")
            .Select(r => (Fr: r.GetProperty("fr").GetString()!, Ru: r.GetProperty("ru").GetString()!)).ToList();
        var english = SharedData.JsonLines("ga_res_en_pdftext_public.jsonl").Select(r => r.GetProperty("text").GetString()!).Take(200).ToList();
        static IEnumerable<string> Documents(IEnumerable<string> texts) => texts.Chunk(20).Select(c => string.Join("\n", c));

        var cases = new List<(string Name, IReadOnlyList<string> Texts, int CodePage)>
        {
            ("French sentence, Windows-1252", sentences.Select(s => s.Fr).ToList(), 1252),
            ("French document, Windows-1252", Documents(sentences.Select(s => s.Fr)).ToList(), 1252),
            ("English resolution, Windows-1252", english, 1252),
            ("Russian sentence, Windows-1251", sentences.Select(s => s.Ru).ToList(), 1251),
            ("Russian document, Windows-1251", Documents(sentences.Select(s => s.Ru)).ToList(), 1251),
            ("Russian sentence, KOI8-R", sentences.Select(s => s.Ru).ToList(), 20866),
            ("Russian document, KOI8-R", Documents(sentences.Select(s => s.Ru)).ToList(), 20866),
        };
        var guesses = new (string Name, Func<byte[], CodePage> Guess)[] { ("UTF.Unknown", b => CodePageGuess.ByDetector(b)), ("letter share", b => CodePageGuess.ByLetterShare(b)), ("combined", b => CodePageGuess.Combined(b)) };

        Console.WriteLine($"| case | texts | {string.Join(" | ", guesses.Select(g => $"{g.Name}: read exactly"))} | {string.Join(" | ", guesses.Select(g => $"{g.Name}: MB/s"))} |");
        Console.WriteLine($"| --- | ---: | {string.Join(" | ", guesses.Select(_ => "---:"))} | {string.Join(" | ", guesses.Select(_ => "---:"))} |");
        foreach (var (name, texts, codePage) in cases)
        {
            var encoding = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            // Only texts the code page can hold and that are not UTF-8 already (pure ASCII never reaches a guess).
            var samples = texts.Select(t => (Text: t, Bytes: TryEncode(encoding, t))).Where(s => s.Bytes is not null && s.Bytes.Any(b => b >= 0x80)).ToList();
            var exact = new List<string>();
            var speed = new List<string>();
            foreach (var (_, guess) in guesses)
            {
                int right = samples.Count(s => guess(s.Bytes!).Encoding.GetString(s.Bytes!) == s.Text);
                exact.Add($"{100.0 * right / samples.Count:0.0} %");
                long bytes = samples.Sum(s => (long)s.Bytes!.Length);
                var clock = Stopwatch.StartNew();
                int rounds = 0;
                do { foreach (var s in samples) guess(s.Bytes!); rounds++; } while (clock.ElapsedMilliseconds < 500);
                speed.Add($"{bytes * rounds / clock.Elapsed.TotalSeconds / 1e6:0.0}");
            }
            Console.WriteLine($"| {name} | {samples.Count} | {string.Join(" | ", exact)} | {string.Join(" | ", speed)} |");
        }
        return 0;
    }

    static byte[]? TryEncode(Encoding encoding, string text)
    {
        try { return encoding.GetBytes(text); }
        catch (EncoderFallbackException) { return null; }
    }
}
