namespace Search.Web.Startup;

/// <summary>Headers that keep the pages from being framed, sniffed or made to run scripts they did not ship.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Only what the pages use: their own style sheet, the framework's script and the suggestion script (files,
    /// never inline code or eval), fetches back to the app (enhanced navigation, suggestions) and forms that post
    /// to the app. Everything else, images included, is refused: the pages have none.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Frame-Options"] = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Content-Security-Policy"] = ContentSecurityPolicy;
        await next();
    });
}
