using Search.Cli.Arguments;
using Search.Cli.Commands;
using Search.Index.Storage;

namespace Search.Cli;

/// <summary>Dispatches a command line; exit codes: 0 done, 1 done with refusals, 2 usage error, 3 not found, 4 store error.</summary>
public static class CliApp
{
    const string Usage = """
        usage: search <command> [options]
          index <file-or-folder>... [--index DIR] [--json]
          show <symbol or paragraph id> [--lang fr] [--index DIR] [--json]
          query "<query>" [--lang en,fr] [--session 68] [--year 2012..2014] [--type operative] [--verb urges]
                [--symbol A/RES/68/30] [--limit 10] [--offset 0] [--sort relevance|newest|oldest]
                [--mode keyword|semantic|hybrid] [--index DIR] [--json]
          similar <paragraph id> [--limit 10] [--lang ru] [--session 68] [--year 2013] [--index DIR] [--json]
          compare <symbol> [<symbol>] [--lang en] [--index DIR] [--json]   (one symbol: compared with its previous version)
        The store lives in --index DIR, else $SEARCH_INDEX_DIR, else ./data.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help") { output.WriteLine(Usage); return args.Length == 0 ? 2 : 0; }
        var rest = args.Skip(1).ToList();
        try
        {
            return args[0] switch
            {
                "index" => IndexCommand.Run(rest, output),
                "show" => ShowCommand.Run(rest, output, error),
                "query" => QueryCommand.Run(rest, output),
                "similar" => SimilarCommand.Run(rest, output, error),
                "compare" => CompareCommand.Run(rest, output, error),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            error.WriteLine($"error: {e.Message}");
            error.WriteLine(Usage);
            return 2;
        }
        catch (StoreException e)
        {
            error.WriteLine($"error: {e.Message}");
            return 4;
        }
    }
}
