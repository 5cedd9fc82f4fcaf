using Search.Index.Analysis;
using Search.Index.Analysis.Analyzers;
using Search.Index.Analysis.Languages;

namespace Search.Index.Tests.Analysis;

public class AnalyzerTests
{
    static List<(string Term, int Position, int Start, int End)> Analyze(LanguageAnalyzer analyzer, string text)
    {
        var list = new List<(string, int, int, int)>();
        analyzer.Analyze(text, (t, p, s, e) => list.Add((t, p, s, e)));
        return list;
    }

    [Fact]
    public void Ratified_and_ratify_meet()
    {
        var en = LanguageAnalyzers.English;
        Assert.Equal(en.Terms("ratify"), en.Terms("ratified"));
        Assert.Equal(en.Terms("has ratified the Convention"), en.Terms("ratify Convention"));
        Assert.Equal(["ratifi", "convent"], en.Terms("has ratified the Convention"));
    }

    [Fact]
    public void Russian_cases_of_the_cartagena_action_plan_meet()
    {
        var ru = LanguageAnalyzers.Russian;
        var genitive = Analyze(ru, "Картахенского плана действий");
        var nominative = Analyze(ru, "Картахенский план действий");
        Assert.Equal(nominative.Select(t => (t.Term, t.Position)), genitive.Select(t => (t.Term, t.Position)));
        Assert.Equal(3, genitive.Count);
    }

    [Fact]
    public void French_elision_lets_l_action_meet_action()
    {
        var fr = LanguageAnalyzers.French;
        Assert.Equal(fr.Terms("action"), fr.Terms("l'action"));
        Assert.Equal(fr.Terms("action"), fr.Terms("d’action"));
        Assert.Equal(fr.Terms("examen"), fr.Terms("l'examen"));
    }

    [Fact]
    public void Stop_words_leave_position_gaps()
    {
        var tokens = Analyze(LanguageAnalyzers.French, "Plan d'action de Carthagène");
        Assert.Equal([0, 1, 3], tokens.Select(t => t.Position));
        Assert.Equal(LanguageAnalyzers.French.Terms("plan action Carthagène"), tokens.Select(t => t.Term));
        Assert.Equal([0, 1, 2], Analyze(LanguageAnalyzers.French, "plan action Carthagène").Select(t => t.Position));

        var en = Analyze(LanguageAnalyzers.English, "the Dead Sea and the Convention");
        Assert.Equal([1, 2, 5], en.Select(t => t.Position));
    }

    [Theory]
    [InlineData("en", "Recalling its resolution A/RES/68/30 on the Assembly's work", "Recalling|resolution|A/RES/68/30|Assembly|work")]
    [InlineData("fr", "Rappelant l'Assemblée générale, tenue à Carthagène (Colombie)", "Rappelant|Assemblée|générale|tenue|Carthagène|Colombie")]
    [InlineData("ru", "Картахенский план действий на 2010–2014 годы, Ёлка", "Картахенский|план|действий|2010|2014|годы|Ёлка")]
    public void Offsets_point_at_the_original_characters(string language, string text, string expected)
    {
        var tokens = Analyze(LanguageAnalyzers.For(language), text);
        Assert.Equal(expected.Split('|'), tokens.Select(t => text[t.Start..t.End]));
    }

    [Fact]
    public void Symbols_are_searchable_words()
    {
        Assert.Equal(["a/res/68/30"], LanguageAnalyzers.English.Terms("A/RES/68/30"));
        Assert.Equal(["54/54", "b"], LanguageAnalyzers.English.Terms("54/54 B"));
        Assert.Equal(LanguageAnalyzers.Russian.Terms("67/32"), LanguageAnalyzers.French.Terms("67/32"));
    }

    [Fact]
    public void Yo_is_folded()
    {
        Assert.Equal(LanguageAnalyzers.Russian.Terms("ещё"), LanguageAnalyzers.Russian.Terms("еще"));
        Assert.Equal(LanguageAnalyzers.Russian.Terms("Ёлка"), LanguageAnalyzers.Russian.Terms("елка"));
    }

    [Fact]
    public void Garbage_never_throws()
    {
        var inputs = new[]
        {
            "\u0000\u0007\u001b[31m", new string('x', 1_000_000), "\uD800\uD800abc\uDFFF", "Convention Конвенция 公约 اتفاقية ⟨⟩",
            string.Concat(Enumerable.Repeat("l'", 1000)), "'s's's", "ёЁё", "",
        };
        foreach (var language in new[] { "en", "fr", "ru" })
            foreach (var input in inputs)
                Assert.All(Analyze(LanguageAnalyzers.For(language), input), t => Assert.NotEmpty(t.Term));
        Assert.Empty(LanguageAnalyzers.English.Terms(new string('x', 1_000_000)));
    }

    [Theory]
    [InlineData("Urges all States parties to provide the Secretary-General with complete and timely information", "en")]
    [InlineData("Demande instamment à tous les États parties de communiquer au Secrétaire général des informations", "fr")]
    [InlineData("настоятельно призывает все государства-участники представлять Генеральному секретарю", "ru")]
    public void Detects_the_language_of_a_paragraph(string text, string language) => Assert.Equal(language, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("Die Generalversammlung fordert alle Staaten nachdrücklich auf, das Übereinkommen zu ratifizieren")]
    [InlineData("2010–2014 54/54 1999")]
    [InlineData("")]
    public void Says_when_it_is_none_of_the_three(string text) => Assert.Null(LanguageDetector.Detect(text));
}
