using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Search.Web.Api;

/// <summary>
/// A parameter that cannot be bound to its type (size=abc) is a 400 that names the parameter and the value, as
/// every other bad parameter is, rather than the framework's bare status.
/// </summary>
public sealed partial class BadParameterHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        context.Response.StatusCode = bad.StatusCode;
        var match = BindingFailure().Match(bad.Message);
        var detail = match.Success
            ? $"{Camel(match.Groups["name"].Value)} must be {Kind(match.Groups["type"].Value)}, not '{match.Groups["value"].Value}'"
            : bad.Message;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Title = "Bad request", Detail = detail, Status = bad.StatusCode },
            Exception = exception,
        });
    }

    static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    static string Kind(string type) => type.TrimEnd('?') switch
    {
        "int" or "Int32" or "long" => "a whole number",
        "double" or "float" => "a number",
        "bool" => "true or false",
        _ => $"a {type.TrimEnd('?')}",
    };

    [GeneratedRegex("""Failed to bind parameter "(?<type>\S+) (?<name>[^"]+)" from "(?<value>.*)"\.""")]
    private static partial Regex BindingFailure();
}
