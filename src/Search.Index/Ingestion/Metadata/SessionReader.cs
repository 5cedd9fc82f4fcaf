using System.Text.RegularExpressions;

namespace Search.Index.Ingestion.Metadata;

/// <summary>Reads a session number from "Sixty-eighth session", "Soixante-huitième session", "шестьдесят восьмая сессия" or "(III)".</summary>
public static partial class SessionReader
{
    static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        // English cardinals and ordinals
        ["one"] = 1, ["first"] = 1, ["two"] = 2, ["second"] = 2, ["three"] = 3, ["third"] = 3, ["four"] = 4, ["fourth"] = 4,
        ["five"] = 5, ["fifth"] = 5, ["six"] = 6, ["sixth"] = 6, ["seven"] = 7, ["seventh"] = 7, ["eight"] = 8, ["eighth"] = 8,
        ["nine"] = 9, ["ninth"] = 9, ["ten"] = 10, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19,
        ["twenty"] = 20, ["twentieth"] = 20, ["thirty"] = 30, ["thirtieth"] = 30, ["forty"] = 40, ["fortieth"] = 40,
        ["fifty"] = 50, ["fiftieth"] = 50, ["sixty"] = 60, ["sixtieth"] = 60, ["seventy"] = 70, ["seventieth"] = 70,
        ["eighty"] = 80, ["eightieth"] = 80, ["ninety"] = 90, ["ninetieth"] = 90,
        // French
        ["un"] = 1, ["unième"] = 1, ["premier"] = 1, ["première"] = 1, ["deux"] = 2, ["deuxième"] = 2, ["trois"] = 3, ["troisième"] = 3,
        ["quatre"] = 4, ["quatrième"] = 4, ["cinq"] = 5, ["cinquième"] = 5, ["sixième"] = 6, ["sept"] = 7, ["septième"] = 7,
        ["huit"] = 8, ["huitième"] = 8, ["neuf"] = 9, ["neuvième"] = 9, ["dix"] = 10, ["dixième"] = 10, ["onzième"] = 11,
        ["douzième"] = 12, ["treizième"] = 13, ["quatorzième"] = 14, ["quinzième"] = 15, ["seizième"] = 16,
        ["vingt"] = 20, ["vingtième"] = 20, ["trente"] = 30, ["trentième"] = 30, ["quarante"] = 40, ["quarantième"] = 40,
        ["cinquante"] = 50, ["cinquantième"] = 50, ["soixante"] = 60, ["soixantième"] = 60, ["quatre-vingt"] = 80, ["quatre-vingtième"] = 80,
        ["vingts"] = 20,
        // Russian
        ["первая"] = 1, ["вторая"] = 2, ["третья"] = 3, ["четвертая"] = 4, ["пятая"] = 5, ["шестая"] = 6, ["седьмая"] = 7,
        ["восьмая"] = 8, ["девятая"] = 9, ["десятая"] = 10, ["двадцать"] = 20, ["тридцать"] = 30, ["сорок"] = 40,
        ["пятьдесят"] = 50, ["шестьдесят"] = 60, ["семьдесят"] = 70, ["восемьдесят"] = 80, ["девяносто"] = 90,
        ["двадцатая"] = 20, ["тридцатая"] = 30, ["сороковая"] = 40, ["пятидесятая"] = 50, ["шестидесятая"] = 60, ["семидесятая"] = 70, ["восьмидесятая"] = 80,
    };

    public static int? FromHeader(string line)
    {
        var m = SessionLine().Match(line);
        if (!m.Success) return null;
        return FromWords(m.Groups["words"].Value);
    }

    /// <summary>Sums number words: "sixty-eighth" is 60 + 8, "soixante et onzième" 60 + 11, "quatre-vingt-dixième" 4 × 20 + 10.</summary>
    public static int? FromWords(string words)
    {
        var text = words.ToLowerInvariant().Replace("quatre-vingt", "quatre_vingt");
        int total = 0;
        foreach (var raw in text.Split([' ', '-', '‑'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Replace("quatre_vingt", "quatre-vingt");
            if (w is "et" or "и" or "session" or "сессия") continue;
            if (w.StartsWith("quatre-vingt")) { total += 80; continue; }
            if (!Words.TryGetValue(w, out var value)) return null;
            total += value;
        }
        return total is > 0 and < 200 ? total : null;
    }

    [GeneratedRegex(@"^(?<words>[\p{L}\- ]{3,60}?)\s+(session|сессия)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SessionLine();
}
