using System.Text;
using System.Text.RegularExpressions;

namespace Search.Index.Documents;

/// <summary>Resolution symbols in their normal form: "A/RES/68/30", "A/RES/54/54 B", "S/RES/242 (1967)".</summary>
public static partial class Symbols
{
    /// <summary>Normalizes a symbol a user or a document wrote; a bare "68/30" is a General Assembly resolution.</summary>
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var s = Whitespace(FoldLookalikes(raw.Trim())).ToUpperInvariant();
        var ga = GeneralAssembly().Match(s);
        if (ga.Success)
        {
            var suffix = ga.Groups["suffix"].Success ? " " + ga.Groups["suffix"].Value : "";
            return $"A/RES/{int.Parse(ga.Groups["session"].Value)}/{int.Parse(ga.Groups["number"].Value)}{suffix}";
        }
        var sc = SecurityCouncil().Match(s);
        if (sc.Success) return $"S/RES/{int.Parse(sc.Groups["number"].Value)} ({sc.Groups["year"].Value})";
        var old = OldGeneralAssembly().Match(s);
        if (old.Success) return $"A/RES/{int.Parse(old.Groups["number"].Value)}{(old.Groups["part"].Success ? " " + old.Groups["part"].Value : "")} ({old.Groups["roman"].Value})";
        return s.Contains('/') && s.Length <= 40 ? s : null;
    }

    /// <summary>The session a General Assembly symbol carries: 68 for A/RES/68/30, 3 for A/RES/217 A (III).</summary>
    public static int? SessionOf(string symbol)
    {
        var m = NormalGeneralAssembly().Match(symbol);
        if (m.Success) return int.Parse(m.Groups[1].Value);
        var old = OldGeneralAssembly().Match(symbol);
        return old.Success ? FromRoman(old.Groups["roman"].Value) : null;
    }

    public static int? YearOf(string symbol)
    {
        var m = SecurityCouncil().Match(symbol);
        return m.Success ? int.Parse(m.Groups["year"].Value) : null;
    }

    /// <summary>Cyrillic capitals that look like Latin ones appear in resolution suffixes of Russian texts ("54/54 В").</summary>
    public static string FoldLookalikes(string s)
    {
        const string cyrillic = "АВСЕНКМОРТХ", latin = "ABCEHKMOPTX";
        if (!s.AsSpan().ContainsAny(cyrillic)) return s;
        var sb = new StringBuilder(s);
        for (int i = 0; i < sb.Length; i++)
        {
            var k = cyrillic.IndexOf(sb[i]);
            // Only a lone capital (a suffix letter) is folded, never a Cyrillic word.
            if (k >= 0 && (i == 0 || !char.IsLetter(sb[i - 1])) && (i + 1 == sb.Length || !char.IsLetter(sb[i + 1]))) sb[i] = latin[k];
        }
        return sb.ToString();
    }

    static string Whitespace(string s) => MultiSpace().Replace(s, " ");

    [GeneratedRegex(@"^(?:A/RES/|A/)?(?<session>\d{1,3})/(?<number>\d{1,4})(?:\s?(?<suffix>[A-Z]{1,2}))?$")] private static partial Regex GeneralAssembly();
    [GeneratedRegex(@"^A/RES/(\d{1,3})/\d{1,4}")] private static partial Regex NormalGeneralAssembly();
    [GeneratedRegex(@"^(?:S/RES/|RESOLUTION\s+)?(?<number>\d{1,4})\s?\((?<year>(19|20)\d\d)\)$")] private static partial Regex SecurityCouncil();
    [GeneratedRegex(@"^(?:A/RES/)?(?<number>\d{1,4})(?:\s?(?<part>[A-Z]))?\s?\((?<roman>[IVXLC]+)\)$")] private static partial Regex OldGeneralAssembly();
    [GeneratedRegex(@"\s+")] private static partial Regex MultiSpace();

    /// <summary>The session a Roman numeral gives in an early symbol: III for A/RES/217 A (III).</summary>
    static int? FromRoman(string roman)
    {
        int total = 0, previous = 0;
        for (int i = roman.Length - 1; i >= 0; i--)
        {
            int value = roman[i] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => -1 };
            if (value < 0) return null;
            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }
        return total > 0 ? total : null;
    }
}
