using System.Text.RegularExpressions;

namespace Search.Index.Ingestion.Formats;

/// <summary>
/// Lines that the printing process adds to a page and that belong to no paragraph: ODS job markers, running
/// headers with the document symbol, page numbers, job numbers, bar codes.
/// </summary>
public static partial class PageFurniture
{
    /// <param name="symbol">A document symbol the furniture names, such as the running header "A/RES/67/32".</param>
    public static bool IsFurniture(string line, out string? symbol)
    {
        symbol = null;
        var t = line.Trim();
        var ods = OdsMarker().Match(t);
        if (ods.Success)
        {
            var named = OdsSymbol().Match(t);
            if (named.Success && named.Groups[1].Value.Trim().Length > 0) symbol = named.Groups[1].Value.Trim();
            return true;
        }
        if (RunningHeader().IsMatch(t)) { symbol = t; return true; }
        return t is "DGAACS User" or "Please recycle" || PageNumber().IsMatch(t) || JobNumber().IsMatch(t) || BarCode().IsMatch(t) || PrintDate().IsMatch(t);
    }

    [GeneratedRegex(@"<<ODS [^>]*>>")] private static partial Regex OdsMarker();
    [GeneratedRegex(@"<<ODS DOC SYMBOL1>>(.*?)<<ODS DOC SYMBOL1>>")] private static partial Regex OdsSymbol();
    [GeneratedRegex(@"^[AS]/RES/\d+/\d+(\s?[A-Z])?$|^S/RES/\d+ \(\d{4}\)$")] private static partial Regex RunningHeader();
    [GeneratedRegex(@"^(-\s*)?\d{1,3}(\s*-)?$|^(Page|page|Стр\.) \d+( of \d+)?$|^\d{1,3}/\d{1,3}$")] private static partial Regex PageNumber();
    [GeneratedRegex(@"^\d{2}-\d{5}(\s*\([A-Z]\))?(\s+\S+)?$")] private static partial Regex JobNumber();
    [GeneratedRegex(@"^\*\d{6,}\*$|^\d{7,}$")] private static partial Regex BarCode();
    // The day the job was printed, ddmmyy, beside the job number since 2017.
    [GeneratedRegex(@"^[0-3]\d[01]\d[0-9]\d$")] private static partial Regex PrintDate();
}
