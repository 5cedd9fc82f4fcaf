using Search.Index.Documents;
using System.Text.RegularExpressions;

namespace Search.Index.Ingestion.Metadata;

/// <summary>
/// Finds the resolutions a text cites: "its resolutions 54/54 B of 1 December 1999, 55/33 V ..." gives
/// A/RES/54/54 B and A/RES/55/33 V; Security Council texts cite "resolution 242 (1967)".
/// Document symbols such as A/68/411 are reports, not resolutions, and are left out.
/// </summary>
public static partial class CitationFinder
{
    public static IReadOnlyList<string> Find(IEnumerable<string> texts, string ownSymbol)
    {
        var found = new List<string>();
        foreach (var raw in texts)
        {
            var text = Symbols.FoldLookalikes(raw);
            foreach (Match m in GeneralAssemblyCitation().Matches(text))
            {
                var symbol = Symbols.Normalize(m.Value);
                if (symbol is not null && symbol != ownSymbol && !found.Contains(symbol)) found.Add(symbol);
            }
            foreach (Match m in SecurityCouncilCitation().Matches(text))
            {
                var symbol = Symbols.Normalize($"S/RES/{m.Groups["number"].Value} ({m.Groups["year"].Value})");
                if (symbol is not null && symbol != ownSymbol && !found.Contains(symbol)) found.Add(symbol);
            }
        }
        return found;
    }

    // A session of at most two digits keeps years ("2010/11") out; a lone capital after it is the part letter.
    [GeneratedRegex(@"(?<![\w/.\-])(?:A/RES/)?[1-9]\d?/\d{1,4}(?:\s[A-Z](?![\w/]))?(?![\w/])")]
    private static partial Regex GeneralAssemblyCitation();

    [GeneratedRegex(@"(?:[Rr]esolutions?|résolutions?|резолюци\w*|,|and|et|и)\s+(?<number>\d{1,4})\s\((?<year>(?:19|20)\d\d)\)")]
    private static partial Regex SecurityCouncilCitation();
}
