using System.CommandLine;
using Search.Index.Application;

namespace Search.Cli.Commands;

/// <summary>Options more than one command takes: where the store is, JSON output, and the filters of search and similar clauses.</summary>
public sealed class SharedOptions
{
    public Option<string?> Index { get; } = new("--index") { Description = "The folder of the store (else $SEARCH_INDEX_DIR, else ./data)", HelpName = "DIR", Recursive = true };
    public Option<bool> Json { get; } = new("--json") { Description = "Write JSON instead of text", Recursive = true };
    public Option<string[]> Lang { get; } = Filter("--lang", "Languages: en, fr, ru (comma-separated or repeated)", "en,fr");
    public Option<string[]> Session { get; } = Filter("--session", "Sessions, such as 68 or 66..68", "68");
    public Option<string[]> Year { get; } = Filter("--year", "Years of adoption, such as 2013 or 2012..2014", "2012..2014");
    public Option<string[]> Type { get; } = Filter("--type", "Clause types: preambular, operative, annex", "operative");
    public Option<string[]> Verb { get; } = Filter("--verb", "Lead verbs, such as urges", "urges");
    public Option<string[]> Symbol { get; } = Filter("--symbol", "Resolution symbols, such as A/RES/68/30", "A/RES/68/30");

    static Option<string[]> Filter(string name, string description, string example) =>
        new(name) { Description = description, HelpName = example, DefaultValueFactory = _ => [] };

    public IEnumerable<Option> Filters => [Lang, Session, Year, Type, Verb, Symbol];

    public T ReadFilters<T>(ParseResult parsed, T choice) where T : FilterChoice => choice with
    {
        Languages = parsed.GetValue(Lang)!, Sessions = parsed.GetValue(Session)!, Years = parsed.GetValue(Year)!,
        Types = parsed.GetValue(Type)!, Verbs = parsed.GetValue(Verb)!, Symbols = parsed.GetValue(Symbol)!,
    };

    public string Directory(ParseResult parsed) => IndexLocation.Resolve(parsed.GetValue(Index));
}
