using Search.Index.Analysis.Tokenization;

namespace Search.Index.Tests.Analysis;

public class TokenizerTests
{
    static List<string> Tokens(string text)
    {
        var list = new List<string>();
        var tokenizer = new UnTokenizer(text);
        while (tokenizer.Next(out var start, out var end)) list.Add(text[start..end]);
        return list;
    }

    [Theory]
    [InlineData("Recalling its resolutions 54/54 B of 1 December 1999,", "Recalling|its|resolutions|54/54|B|of|1|December|1999")]
    [InlineData("resolution A/RES/68/30 and report A/68/L.5.", "resolution|A/RES/68/30|and|report|A/68/L.5")]
    [InlineData("the Cartagena Action Plan 2010–2014;", "the|Cartagena|Action|Plan|2010|2014")]
    [InlineData("anti-personnel mines", "anti|personnel|mines")]
    [InlineData("Plan d'action de Carthagène", "Plan|d'action|de|Carthagène")]
    [InlineData("l’Assemblée’s", "l’Assemblée’s")]
    [InlineData("Destruction¹ and", "Destruction|and")]
    [InlineData("«Осуществление Конвенции»", "Осуществление|Конвенции")]
    [InlineData("'quoted' - dash", "quoted|dash")]
    public void Splits_un_text(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void Garbage_never_throws()
    {
        var inputs = new[]
        {
            "", "\u0000\u0001\u0002\u001f", new string('a', 1_000_000), "\uD800abc\uDC00def\uD800", "abcАБВ中文العربية𝔘𝔫𝔦",
            "'''///...---", "a/", "/a", "a'", "'a", "1.", string.Concat(Enumerable.Repeat("a/b.", 10_000)),
        };
        foreach (var input in inputs)
        {
            var tokens = Tokens(input);
            Assert.All(tokens, t => Assert.NotEmpty(t));
        }
        Assert.Equal(["abc", "def"], Tokens("\uD800abc\uDC00def\uD800"));
    }
}
