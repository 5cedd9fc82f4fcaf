using System.Text.Json;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Index.Analysis.Analyzers;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Analysis;

/// <summary>
/// The analyzers remember each word's outcome instead of running it through the filters again: the terms,
/// positions, offsets and end state must be exactly those of the same chain that filters every word, on the first
/// sight of a word and on every later one.
/// </summary>
public class RememberedWordsTests
{
    static readonly string[] Languages = ["en", "fr", "ru"];

    static readonly string[] Edges =
    [
        "The Assembly's work and the States’ reports, THE ASSEMBLY'S work", "'s's's Assembly's's", "of the of the",
        "L'action d’examen jusqu'à qu'il lorsqu'elle l'l'l' L'ACTION D'ACTION", "Plan d'action de Carthagène de la",
        "ещё Ёлка ЕЩЁ всё и в на ёё", "A/RES/68/30 54/54 B A/68/L.5 a/res/68/30", "2010–2014 годы, 1999",
        new string('x', 300) + " the end " + new string('y', 256) + " of", "the", "", "   ", "a an and",
        "\uD800\uD800abc\uDFFF Convention Конвенция 公约 اتفاقية ⟨⟩ naïve café ŒUVRE", "ⅫⅫ ¹²³ x² H₂O",
    ];

    static List<string> Run(LanguageAnalyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add($"{term}+{increment.PositionIncrement}@{offset.StartOffset}-{offset.EndOffset}");
        stream.End();
        tokens.Add($"end+{increment.PositionIncrement}@{offset.StartOffset}-{offset.EndOffset}");
        return tokens;
    }

    static void AssertSame(string language, IEnumerable<string> texts)
    {
        var remembered = LanguageAnalyzers.Create(language, rememberWords: true);
        var everyWord = LanguageAnalyzers.Create(language, rememberWords: false);
        var all = texts.ToList();
        // The query chain (a small table of recent words) and the indexing chain (a large one) over the same words.
        foreach (var analyzer in new[] { remembered, remembered.Indexing })
            for (int pass = 0; pass < 2; pass++)
                foreach (var text in all)
                    Assert.Equal(Run(everyWord, text), Run(analyzer, text));
        foreach (var text in all) Assert.Equal(Run(everyWord, text), Run(LanguageAnalyzers.For(language), text));
    }

    [Fact]
    public void Edge_cases_come_out_as_the_filters_make_them()
    {
        foreach (var language in Languages) AssertSame(language, Edges);
    }

    [Fact]
    public void A_removed_word_leaves_its_gap_and_a_word_seen_before_its_offsets()
    {
        var tokens = Run(LanguageAnalyzers.English, "the Assembly's work of the Assembly's");
        Assert.Equal(["assembl+2@4-12", "work+1@15-19", "assembl+3@27-35", "end+0@37-37"], tokens);
    }

    /// <summary>A filter that fails on one word, as a faulty stemmer would.</summary>
    sealed class FailOn(Lucene.Net.Analysis.TokenStream input, string word) : Lucene.Net.Analysis.TokenFilter(input)
    {
        readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken()) return false;
            if (_term.ToString() == word) throw new FormatException("no stem for " + word);
            return true;
        }
    }

    [Fact]
    public void A_filter_that_throws_on_a_word_leaves_the_chain_usable_for_the_next_words()
    {
        var analyzer = new LanguageAnalyzer("en", tokens => new FailOn(tokens, "boom"), new RememberedWords());
        Assert.Throws<FormatException>(() => Run(analyzer, "all went boom"));
        Assert.Equal(["all+1@0-3", "went+1@4-8", "end+0@8-8"], Run(analyzer, "all went"));
        Assert.Equal(["quokkaphilia+1@0-12", "end+0@12-12"], Run(analyzer, "quokkaphilia"));
    }

    [Fact]
    public void Many_more_words_than_a_chain_keeps_come_out_as_the_filters_make_them()
    {
        // More distinct words than a chain's own table holds, twice over: its slots are taken over, it grows and,
        // once its entries fill their array, it is emptied; words at and past the longest it keeps are among them.
        var random = new Random(7);
        var words = Enumerable.Range(0, 200_000)
            .Select(_ => new string(Enumerable.Range(0, 2 + random.Next(34)).Select(_ => (char)('a' + random.Next(26))).ToArray()))
            .Concat([new string('b', RecentWords.MaxWordLength), new string('c', RecentWords.MaxWordLength + 1), "l'" + new string('d', 29), "d'" + new string('e', 30)])
            .ToList();
        foreach (var language in Languages) AssertSame(language, words.Chunk(100).Select(chunk => string.Join(' ', chunk)));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("ru")]
    public void Real_sentences_come_out_as_the_filters_make_them(string language)
    {
        var path = TestPaths.SharedFile("corpus-ext", "unpc_devset_2015_part1.en-fr-ru.jsonl");
        var texts = File.ReadLines(path).Select(line => JsonDocument.Parse(line).RootElement.GetProperty(language).GetString() ?? "").ToList();
        AssertSame(language, texts);
    }

    [Theory]
    [InlineData("en", "english")]
    [InlineData("fr", "french")]
    [InlineData("ru", "russian")]
    public void The_official_vocabulary_comes_out_as_the_filters_make_it(string language, string folder)
    {
        var words = File.ReadAllLines(TestPaths.SharedFile("snowball", folder, "voc.txt"));
        AssertSame(language, words.Chunk(50).Select(chunk => string.Join(' ', chunk)).Concat(words.Take(2000).Select(w => char.ToUpperInvariant(w.FirstOrDefault()) + w[Math.Min(1, w.Length)..])));
    }
}
