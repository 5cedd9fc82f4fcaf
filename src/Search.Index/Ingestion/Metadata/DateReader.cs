using System.Text.RegularExpressions;

namespace Search.Index.Ingestion.Metadata;

/// <summary>Reads dates written in English, French or Russian: "5 December 2013", "1er décembre 1999", "3 декабря 2012 года".</summary>
public static partial class DateReader
{
    static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["janvier"] = 1, ["février"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6,
        ["juillet"] = 7, ["août"] = 8, ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["décembre"] = 12,
        ["января"] = 1, ["февраля"] = 2, ["марта"] = 3, ["апреля"] = 4, ["мая"] = 5, ["июня"] = 6,
        ["июля"] = 7, ["августа"] = 8, ["сентября"] = 9, ["октября"] = 10, ["ноября"] = 11, ["декабря"] = 12,
    };

    public static DateOnly? FindFirst(string text)
    {
        foreach (Match m in DatePattern().Matches(text))
            if (TryBuild(m, out var date)) return date;
        return null;
    }

    public static DateOnly? FindLast(string text)
    {
        DateOnly? last = null;
        foreach (Match m in DatePattern().Matches(text))
            if (TryBuild(m, out var date)) last = date;
        return last;
    }

    static bool TryBuild(Match m, out DateOnly date)
    {
        date = default;
        if (!Months.TryGetValue(m.Groups["month"].Value, out var month)) return false;
        var day = int.Parse(m.Groups["day"].Value);
        var year = int.Parse(m.Groups["year"].Value);
        if (year < 1945 || year > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"(?<![\d])(?<day>\d{1,2})(?:er|\^\{er\}|st|nd|rd|th)?\s+(?<month>\p{L}+)\s+(?<year>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
