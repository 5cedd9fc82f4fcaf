using Search.Index.Querying.Model;
using Search.Index.Querying.Parsing;

namespace Search.Index.Tests.Querying;

public class QueryParserTests
{
    [Fact]
    public void Words_are_all_required()
    {
        var q = QueryParser.Parse("Cartagena Action Plan");
        var b = Assert.IsType<BooleanQuery>(q.Root);
        Assert.Equal(["Cartagena", "Action", "Plan"], b.Clauses.Select(c => ((WordQuery)c.Query).Text));
        Assert.All(b.Clauses, c => Assert.Equal(Occur.Must, c.Occur));
        Assert.Null(q.Notice);
    }

    [Fact]
    public void Phrases_with_and_without_slop()
    {
        Assert.Equal(new PhraseQuery("Dead Sea", 0), QueryParser.Parse("\"Dead Sea\"").Root);
        Assert.Equal(new PhraseQuery("Dead Sea", 3), QueryParser.Parse("\"Dead Sea\"~3").Root);
        Assert.Equal(new PhraseQuery("Plan d'action", 0), QueryParser.Parse("«Plan d'action»").Root);
    }

    [Fact]
    public void Boolean_operators_signs_and_parentheses()
    {
        var q = QueryParser.Parse("(mines OR landmines) AND -Geneva +Convention NOT Nairobi").Root;
        var b = Assert.IsType<BooleanQuery>(q);
        Assert.Equal(4, b.Clauses.Count);
        var or = Assert.IsType<BooleanQuery>(b.Clauses[0].Query);
        Assert.All(or.Clauses, c => Assert.Equal(Occur.Should, c.Occur));
        Assert.Equal(new BooleanClause(Occur.MustNot, new WordQuery("Geneva")), b.Clauses[1]);
        Assert.Equal(new BooleanClause(Occur.Must, new WordQuery("Convention")), b.Clauses[2]);
        Assert.Equal(new BooleanClause(Occur.MustNot, new WordQuery("Nairobi")), b.Clauses[3]);
    }

    [Fact]
    public void Prefix_and_field_filters()
    {
        var q = QueryParser.Parse("ratif* lang:fr,ru session:60..68 year:2013 type:operative verb:\"demande instamment\" symbol:68/30");
        Assert.Equal(new PrefixQuery("ratif"), q.Root);
        Assert.Equal(new HashSet<string> { "fr", "ru" }, q.Filters.Languages);
        Assert.Equal([new IntRange(60, 68)], q.Filters.Sessions);
        Assert.Equal([new IntRange(2013, 2013)], q.Filters.Years);
        Assert.Equal(new HashSet<string> { "operative" }, q.Filters.Types);
        Assert.Equal(new HashSet<string> { "demande instamment" }, q.Filters.Verbs);
        Assert.Equal(new HashSet<string> { "A/RES/68/30" }, q.Filters.Symbols);
    }

    [Fact]
    public void Only_filters_means_browsing()
    {
        var q = QueryParser.Parse("year:2013");
        Assert.IsType<MatchAllQuery>(q.Root);
        Assert.IsType<MatchAllQuery>(QueryParser.Parse("").Root);
        Assert.IsType<MatchAllQuery>(QueryParser.Parse("   ").Root);
    }

    [Fact]
    public void Only_exclusions_exclude_from_everything()
    {
        var b = Assert.IsType<BooleanQuery>(QueryParser.Parse("-Geneva").Root);
        Assert.Equal(new BooleanClause(Occur.Must, new MatchAllQuery()), b.Clauses[0]);
        Assert.Equal(new BooleanClause(Occur.MustNot, new WordQuery("Geneva")), b.Clauses[1]);
    }

    [Theory]
    [InlineData("\"Cartagena Action", "unclosed quote")]
    [InlineData("(mines OR Geneva", "unclosed (")]
    [InlineData("mines) Geneva", "unmatched )")]
    [InlineData("lang:de mines", "lang:de is not a language")]
    [InlineData("year:abc mines", "year:abc is not a number")]
    [InlineData("type:footnote mines", "type:footnote is not a clause type")]
    public void Malformed_input_degrades_to_words_with_a_notice(string text, string notice)
    {
        var q = QueryParser.Parse(text);
        Assert.Contains(notice, q.Notice);
        Assert.NotEmpty(Words(q.Root));
    }

    [Fact]
    public void Unclosed_quote_keeps_its_words()
    {
        var q = QueryParser.Parse("\"Cartagena Action");
        Assert.Equal(["Cartagena", "Action"], Words(q.Root));
    }

    [Fact]
    public void Very_long_and_deeply_nested_input_is_bounded()
    {
        var q = QueryParser.Parse(new string('(', 5000) + "mines" + new string(')', 5000));
        Assert.NotNull(q.Notice);
        var words = QueryParser.Parse(string.Join(' ', Enumerable.Range(0, 500).Select(i => $"w{i}")));
        Assert.Equal(64, Words(words.Root).Count);
        Assert.Contains("first 64", words.Notice);
    }

    [Fact]
    public void Random_and_hostile_strings_never_throw()
    {
        var random = new Random(20261124);
        const string alphabet = "ab \"()*:~+-!&|ANDORNOT\\/\u0000\u0007\t\n«»“”ёЁé';.,0123456789lang:year:..\uD800\uDFFF";
        for (int i = 0; i < 100_000; i++)
        {
            int length = i % 1000 == 0 ? 100_000 : random.Next(0, 40);
            var chars = new char[length];
            for (int j = 0; j < length; j++) chars[j] = alphabet[random.Next(alphabet.Length)];
            var q = QueryParser.Parse(new string(chars));
            Assert.NotNull(q.Root);
        }
    }

    static List<string> Words(QueryNode node) => node switch
    {
        WordQuery w => [w.Text],
        PhraseQuery p => [.. p.Text.Split(' ')],
        PrefixQuery p => [p.Prefix],
        BooleanQuery b => b.Clauses.SelectMany(c => Words(c.Query)).ToList(),
        _ => [],
    };
}
