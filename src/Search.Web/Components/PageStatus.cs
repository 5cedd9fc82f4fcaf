namespace Search.Web.Components;

/// <summary>The status code of a page that still shows its own explanation.</summary>
public static class PageStatus
{
    /// <summary>
    /// Sets the status as the response starts. The framework sends a page whose component set 404 during
    /// rendering with no body at all (it expects a status code page to stand in), which left readers with a blank
    /// page; set as the response starts, the 404 goes out with the page the component rendered.
    /// </summary>
    public static void Respond(this HttpContext context, int status)
    {
        if (status != StatusCodes.Status404NotFound) { context.Response.StatusCode = status; return; }
        context.Response.OnStarting(() =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
    }
}
