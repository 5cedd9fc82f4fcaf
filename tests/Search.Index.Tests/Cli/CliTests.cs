using System.Text.Json;
using Search.Cli;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Cli;

public class CliTests
{
    static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Index_then_show_the_seed_corpus_as_json()
    {
        var dir = TestPaths.NewTempDirectory();
        var (code, output, _) = Run("index", TestPaths.Corpus, "--index", dir, "--json");
        Assert.Equal(0, code);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal(4, report.GetProperty("documentsAdded").GetInt32());
        Assert.Equal(80, report.GetProperty("paragraphsAdded").GetInt32());
        Assert.Equal(0, report.GetProperty("refused").GetArrayLength());

        (code, output, _) = Run("show", "A/RES/68/30", "--lang", "fr", "--index", dir, "--json");
        Assert.Equal(0, code);
        var shown = JsonDocument.Parse(output).RootElement;
        Assert.Equal("fr", shown.GetProperty("language").GetString());
        Assert.Equal(68, shown.GetProperty("session").GetInt32());
        Assert.Equal("2013-12-05", shown.GetProperty("adoptionDate").GetString());
        var op4 = shown.GetProperty("paragraphs")[13];
        Assert.Equal("A/RES/68/30:fr:op4", op4.GetProperty("id").GetString());
        Assert.Equal("Demande instamment", op4.GetProperty("verb").GetString());
        Assert.Equal(1, shown.GetProperty("footnotes").GetArrayLength());
        Assert.Contains("A/RES/67/32", shown.GetProperty("citations").EnumerateArray().Select(c => c.GetString()));

        (code, output, _) = Run("show", "A/RES/67/32:ru:op2", "--index", dir, "--json");
        Assert.Equal(0, code);
        Assert.Equal("настоятельно призывает", JsonDocument.Parse(output).RootElement.GetProperty("paragraph").GetProperty("verb").GetString());

        (code, output, _) = Run("show", "67/32", "--index", dir);
        Assert.Equal(0, code);
        Assert.Contains("cited by: A/RES/68/30", output);
    }

    [Fact]
    public void Refusals_are_reported_and_set_the_exit_code()
    {
        var dir = TestPaths.NewTempDirectory();
        var empty = Path.Combine(dir, "empty.md");
        File.WriteAllText(empty, "");
        var (code, output, _) = Run("index", empty, Path.Combine(dir, "missing"), "--index", Path.Combine(dir, "idx"));
        Assert.Equal(1, code);
        Assert.Contains($"refused  {empty}: empty file", output);
        Assert.Contains("no such file or folder", output);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("index", "--bogus")]
    [InlineData("show")]
    [InlineData("show", "not a symbol")]
    public void Usage_errors_exit_with_2_and_a_message(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error);
    }

    [Fact]
    public void Show_of_an_unknown_symbol_says_so()
    {
        var (code, _, error) = Run("show", "A/RES/99/99", "--index", TestPaths.NewTempDirectory());
        Assert.Equal(3, code);
        Assert.Contains("no resolution A/RES/99/99", error);
    }

    [Theory]
    [InlineData("index")]
    [InlineData("show")]
    [InlineData("query")]
    [InlineData("similar")]
    [InlineData("compare")]
    public void Every_command_has_help(string command)
    {
        var (code, output, _) = Run(command, "--help");
        Assert.Equal(0, code);
        Assert.Contains("Usage:", output);
        Assert.Contains($" {command} ", output);
        Assert.Contains("--index", output);
    }

    [Theory]
    [InlineData(new[] { "qeury", "mines" }, "query")]
    [InlineData(new[] { "query", "mines", "--limt", "3" }, "--limit")]
    [InlineData(new[] { "index", "--indx", "dir" }, "--index")]
    public void Typos_are_reported_with_a_suggestion(string[] args, string suggestion)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error);
        var hints = error.Split('\n').Where(l => l.Contains("did you mean", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Contains(hints, h => h.TrimEnd('?', ' ', '\r').EndsWith(" " + suggestion));
    }

    [Fact]
    public void Bad_values_name_the_option_they_came_from()
    {
        var (code, _, error) = Run("query", "mines", "--limit", "0", "--index", TestPaths.NewTempDirectory());
        Assert.Equal(2, code);
        Assert.StartsWith("error: --limit must be a whole number from 1 to 100", error);
    }

    [Fact]
    public void Compare_as_json_names_each_change()
    {
        var dir = TestPaths.NewTempDirectory();
        Assert.Equal(0, Run("index", TestPaths.Corpus, "--index", dir).Code);
        var (code, output, _) = Run("compare", "A/RES/68/30", "--lang", "en", "--index", dir, "--json");
        Assert.Equal(0, code);
        var changes = JsonDocument.Parse(output).RootElement.GetProperty("clauses").EnumerateArray().Select(c => c.GetProperty("change").GetString()).ToHashSet();
        Assert.Contains("changed", changes);
        Assert.Contains("unchanged", changes);
    }

    [Fact]
    public void A_hybrid_query_says_what_its_total_counts()
    {
        var dir = TestPaths.NewTempDirectory();
        Assert.Equal(0, Run("index", TestPaths.Corpus, "--index", dir).Code);
        var (code, output, _) = Run("query", "landmine victims", "--mode", "hybrid", "--limit", "100", "--index", dir, "--json");
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        int total = json.GetProperty("total").GetInt32(), byWords = json.GetProperty("foundByWords").GetInt32();
        Assert.Equal(json.GetProperty("hits").GetArrayLength(), total);
        (code, output, _) = Run("query", "landmine victims", "--mode", "hybrid", "--index", dir);
        Assert.Equal(0, code);
        Assert.Contains($"{total} paragraphs: {byWords} match the words, {total - byWords} more by meaning", output);
    }
}
