using Search.Index.Application;

namespace Search.Cli.Output;

/// <summary>A use case's failure as the CLI reports it: a line on the error stream and an exit code.</summary>
public static class Failures
{
    public const int Usage = 2;
    public const int NotFound = 3;
    public const int Unavailable = 4;

    /// <summary>The application's parameters under the names the CLI gives them.</summary>
    static readonly Dictionary<string, string> OptionNames = new()
    {
        ["q"] = "the query", ["size"] = "--limit", ["offset"] = "--offset", ["sort"] = "--sort", ["mode"] = "--mode", ["limit"] = "--limit",
        ["lang"] = "--lang", ["after"] = "the later symbol", ["before"] = "the earlier symbol", ["yearFrom and yearTo"] = "--year",
    };

    public static int Report(Failure failure, TextWriter error)
    {
        var message = failure.Parameter is { } p && OptionNames.TryGetValue(p, out var option) ? $"{option} {failure.Rule}" : failure.Message;
        error.WriteLine(failure.Kind == FailureKind.NotFound ? message : $"error: {message}");
        return failure.Kind switch
        {
            FailureKind.Invalid => Usage,
            FailureKind.NotFound => NotFound,
            _ => Unavailable,
        };
    }
}
