using System.CommandLine;
using System.CommandLine.Invocation;
using Search.Cli.Commands;
using Search.Cli.Output;
using Search.Index.Storage;

namespace Search.Cli;

/// <summary>
/// The command line: parsing, help and typo suggestions are System.CommandLine's; each command maps its
/// arguments to one use case. Exit codes: 0 done, 1 done with refusals, 2 usage error, 3 not found, 4 store
/// error or semantic model unavailable.
/// </summary>
public static class CliApp
{
    public static RootCommand Create(TextWriter output, TextWriter error)
    {
        var shared = new SharedOptions();
        var root = new RootCommand("Search UN General Assembly resolutions in English, French and Russian. The store lives in --index DIR, else $SEARCH_INDEX_DIR, else ./data.")
        {
            shared.Index,
            shared.Json,
            IndexCommand.Create(shared, output),
            ShowCommand.Create(shared, output, error),
            QueryCommand.Create(shared, output, error),
            SimilarCommand.Create(shared, output, error),
            CompareCommand.Create(shared, output, error),
        };
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = Create(output, error);
        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (args.Length == 0)
        {
            root.Parse(["--help"]).Invoke(configuration);
            return Failures.Usage;
        }
        if (parsed.Errors.Count > 0) return ReportUsage(parsed, error);
        try
        {
            return parsed.Invoke(configuration);
        }
        catch (StoreException e)
        {
            error.WriteLine($"error: {e.Message}");
            return Failures.Unavailable;
        }
    }

    /// <summary>Each parse error on its own "error:" line, then the library's suggestions for a misspelt command or option.</summary>
    static int ReportUsage(ParseResult parsed, TextWriter error)
    {
        foreach (var e in parsed.Errors) error.WriteLine($"error: {e.Message}");
        if (parsed.Action is ParseErrorAction action)
        {
            var suggestions = new StringWriter();
            action.ShowHelp = false;
            action.ShowTypoCorrections = true;
            parsed.Invoke(new InvocationConfiguration { Output = suggestions, Error = suggestions });
            foreach (var line in UsefulSuggestions(suggestions.ToString(), parsed)) error.WriteLine(line);
        }
        error.WriteLine("Run 'search --help' (or 'search <command> --help') for usage.");
        return Failures.Usage;
    }

    /// <summary>The library's "did you mean" blocks, without the errors already written and without offering help as a correction of any word.</summary>
    static IEnumerable<string> UsefulSuggestions(string text, ParseResult parsed)
    {
        string? heading = null;
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (parsed.Errors.Any(e => e.Message == line)) continue;
            if (line.EndsWith('?')) { heading = line; continue; }
            if (line is "-h" or "-?" or "--help" or "/h" or "/?" || heading is null) continue;
            yield return $"{heading} {line}";
        }
    }
}
