using System.CommandLine;
using Search.Cli.Output;
using Search.Index.Application;

namespace Search.Cli.Commands;

/// <summary>What every reading command does around its use case: open the store, ask, report a failure, write the answer as JSON or text.</summary>
public static class UseCaseAction
{
    public static int Answer<T>(ParseResult parsed, SharedOptions shared, TextWriter output, TextWriter error,
        Func<SearchApplication, Outcome<T>> useCase, Action<TextWriter, T> writeText, bool withIndex = true, Func<T, object>? json = null)
    {
        using var opened = EngineLoader.Open(shared.Directory(parsed), error, withIndex);
        var outcome = useCase(opened.Application);
        if (outcome.Failure is { } failure) return Failures.Report(failure, error);
        if (parsed.GetValue(shared.Json)) Json.Write(output, json is null ? outcome.Value! : json(outcome.Value!));
        else writeText(output, outcome.Value!);
        return 0;
    }
}
