using Search.Index.Application;

namespace Search.Web.Searching;

/// <summary>The HTTP status of a use case's failure, the same for the API and the pages.</summary>
public static class FailureStatus
{
    public static int StatusCode(this Failure failure) => failure.Kind switch
    {
        FailureKind.Invalid => StatusCodes.Status400BadRequest,
        FailureKind.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status503ServiceUnavailable,
    };
}
