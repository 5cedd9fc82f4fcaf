namespace Search.Web.Searching;

/// <summary>Links to resolution pages; symbols keep their slashes in the path (/resolutions/A/RES/68/30).</summary>
public static class ResolutionLinks
{
    public static string Resolution(string symbol, string? language = null) =>
        "/resolutions/" + string.Join('/', symbol.Split('/').Select(Uri.EscapeDataString)) + (language is null ? "" : $"?lang={language}");

    public static string Paragraph(string symbol, string language, string paragraphId) =>
        Resolution(symbol, language) + "#" + paragraphId.Split(':')[^1];

    /// <summary>The comparison page; without <paramref name="before"/> it compares with the previous version.</summary>
    public static string Compare(string after, string language, string? before = null) =>
        "/compare?" + (before is null ? "" : $"before={Uri.EscapeDataString(before)}&") + $"after={Uri.EscapeDataString(after)}&lang={Uri.EscapeDataString(language)}";

    public static string Similar(string paragraphId, string? language = null) =>
        "/similar?id=" + Uri.EscapeDataString(paragraphId) + (string.IsNullOrEmpty(language) ? "" : "&lang=" + Uri.EscapeDataString(language));
}
