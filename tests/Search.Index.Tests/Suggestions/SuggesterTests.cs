using Search.Index.Suggestions;

namespace Search.Index.Tests.Suggestions;

public class SuggesterTests
{
    static readonly Suggester Vocabulary = Suggester.Build(
    [
        ("ratification", SuggestionKind.Word, 5),
        ("ratify", SuggestionKind.Word, 9),
        ("Ratifies", SuggestionKind.Verb, 2),
        ("rat", SuggestionKind.Word, 1),
        ("A/RES/68/30", SuggestionKind.Symbol, 3),
        ("A/RES/68/3", SuggestionKind.Symbol, 1),
        ("картахенский", SuggestionKind.Word, 4),
        ("ratify", SuggestionKind.Word, 2), // the same word again: weights add up
    ]);

    [Fact]
    public void The_last_word_is_completed_most_frequent_first_keeping_what_precedes_it()
    {
        var suggestions = Vocabulary.Suggest("victims Rati", 10);
        Assert.Equal(["ratify", "ratification", "Ratifies"], suggestions.Select(s => s.Completion));
        Assert.Equal(11, suggestions[0].Weight);
        Assert.Equal("victims ratify", suggestions[0].Query);
        Assert.Equal(SuggestionKind.Verb, suggestions[2].Kind);
    }

    [Fact]
    public void Query_syntax_before_the_word_is_kept_and_a_symbol_becomes_a_filter()
    {
        Assert.Equal("mines -ratify", Vocabulary.Suggest("mines -rati", 1).Single().Query);
        Assert.Equal(["symbol:A/RES/68/30", "symbol:A/RES/68/3"], Vocabulary.Suggest("a/res/68/", 5).Select(s => s.Query));
        Assert.Equal("картахенский", Vocabulary.Suggest("КАРТ", 5).Single().Completion);
    }

    [Theory]
    [InlineData("")]
    [InlineData("r")]          // too short to be useful
    [InlineData("ratify ")]    // the word is finished
    [InlineData("lang:ra")]    // a filter's value, not a word
    [InlineData("rat")]        // only longer words complete it; "rat" itself is not offered
    public void Nothing_is_suggested(string typed)
    {
        var suggestions = Vocabulary.Suggest(typed, 10);
        Assert.DoesNotContain(suggestions, s => s.Completion.Equals(typed.Trim(), StringComparison.OrdinalIgnoreCase));
        if (typed != "rat") Assert.Empty(suggestions);
    }

    [Fact]
    public void The_limit_is_kept()
    {
        Assert.Equal(2, Vocabulary.Suggest("rat", 2).Count);
        Assert.Empty(Vocabulary.Suggest("rat", 0));
    }
}
