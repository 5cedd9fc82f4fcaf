namespace Search.Web.Searching;

/// <summary>Links to resolution pages; symbols keep their slashes in the path (/resolutions/A/RES/68/30).</summary>
public static class ResolutionLinks
{
    public static string Resolution(string symbol, string? language = null) =>
        "/resolutions/" + string.Join('/', symbol.Split('/').Select(Uri.EscapeDataString)) + (language is null ? "" : $"?lang={language}");

    public static string Paragraph(string symbol, string language, string paragraphId) =>
        Resolution(symbol, language) + "#" + paragraphId.Split(':')[^1];
}
