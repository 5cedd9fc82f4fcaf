using Search.Index.Analysis.Stemming;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Analysis;

public class SnowballStemmerTests
{
    static IStemmer For(string language) => language switch
    {
        "english" => new EnglishStemmer(),
        "french" => new FrenchStemmer(),
        _ => new RussianStemmer(),
    };

    [Theory]
    [InlineData("english")]
    [InlineData("french")]
    [InlineData("russian")]
    public void Reproduces_the_official_vocabulary(string language)
    {
        var words = File.ReadAllLines(TestPaths.SharedFile("snowball", language, "voc.txt"));
        var stems = File.ReadAllLines(TestPaths.SharedFile("snowball", language, "output.txt"));
        Assert.Equal(words.Length, stems.Length);
        var stemmer = For(language);
        var wrong = new List<string>();
        for (int i = 0; i < words.Length; i++)
        {
            var stem = stemmer.Stem(words[i]);
            if (stem != stems[i]) wrong.Add($"{words[i]} -> {stem} (expected {stems[i]})");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {words.Length} {language} words differ, first: {string.Join("; ", wrong.Take(20))}");
    }

    [Theory]
    // English (Porter2), including exceptional forms and prefixes
    [InlineData("english", "ratified", "ratifi")]
    [InlineData("english", "ratify", "ratifi")]
    [InlineData("english", "ratification", "ratif")]
    [InlineData("english", "generously", "generous")]
    [InlineData("english", "dying", "die")]
    [InlineData("english", "skies", "sky")]
    [InlineData("english", "news", "news")]
    [InlineData("english", "conventions", "convent")]
    [InlineData("english", "implementation", "implement")]
    [InlineData("english", "stockpiling", "stockpil")]
    [InlineData("english", "universal", "universal")]
    [InlineData("english", "international", "internat")]
    [InlineData("english", "hopping", "hop")]
    [InlineData("english", "added", "add")]
    [InlineData("english", "communities", "communiti")]
    [InlineData("english", "reaffirming", "reaffirm")]
    // French
    [InlineData("french", "carthagène", "carthagen")]
    [InlineData("french", "action", "action")]
    [InlineData("french", "actions", "action")]
    [InlineData("french", "ratifié", "ratifi")]
    [InlineData("french", "ratifier", "ratifi")]
    [InlineData("french", "résolutions", "résolu")]
    [InlineData("french", "internationales", "international")]
    [InlineData("french", "l'action", "action")]
    [InlineData("french", "française", "franc")]
    [InlineData("french", "palais", "palais")]
    [InlineData("french", "bijoux", "bijou")]
    [InlineData("french", "aiguë", "aigu")]
    // Russian
    [InlineData("russian", "картахенского", "картахенск")]
    [InlineData("russian", "картахенский", "картахенск")]
    [InlineData("russian", "плана", "план")]
    [InlineData("russian", "план", "план")]
    [InlineData("russian", "действий", "действ")]
    [InlineData("russian", "действия", "действ")]
    [InlineData("russian", "конвенции", "конвенц")]
    [InlineData("russian", "государств", "государств")]
    [InlineData("russian", "ещё", "ещ")]
    public void Stems_these_words(string language, string word, string stem) => Assert.Equal(stem, For(language).Stem(word));

    [Theory]
    [InlineData("english")]
    [InlineData("french")]
    [InlineData("russian")]
    public void Never_throws_on_odd_input(string language)
    {
        var stemmer = For(language);
        foreach (var input in new[] { "", "a", "''", "123", "\uD800", "\uDC00x", new string('é', 1_000_000), "ёё", "mixedКириллица", "ⅫⅫ" })
            Assert.NotNull(stemmer.Stem(input));
    }
}
