using System.Globalization;
using Search.Index.Documents;
using Search.Index.Storage;

namespace Search.Bench;

/// <summary>One request of the replayed log: its class (for the per-class figures) and its path and query.</summary>
public sealed record LogEntry(string Class, string Path);

/// <summary>
/// A mixed log of what people do on the pages, drawn from the resolutions held so that every request has real
/// targets: one or two words, a phrase, words with facets selected, later result pages, similar clauses, a
/// resolution page, and the JSON API. Shuffled reproducibly.
/// </summary>
public static class QueryLog
{
    const int Resolutions = 300;

    public static List<LogEntry> Build(ResolutionStore store, int seed)
    {
        var random = new Random(seed);
        var symbols = store.List().Select(r => r.Symbol).Distinct().ToList();
        var picked = Enumerable.Range(0, Resolutions).Select(_ => symbols[random.Next(symbols.Count)]).Distinct().ToList();
        var log = new List<LogEntry>();
        foreach (var symbol in picked)
        {
            foreach (var version in store.GetVersions(symbol))
            {
                var paragraph = version.Paragraphs[random.Next(version.Paragraphs.Count)];
                var words = Words(paragraph.Text);
                if (words.Count < 4) continue;
                int at = random.Next(words.Count - 1);
                string one = words[random.Next(words.Count)], two = words[random.Next(words.Count)];
                string phrase = words[at] + " " + words[at + 1];
                string lang = version.Language;
                string year = version.Year?.ToString(CultureInfo.InvariantCulture) ?? "2000";

                log.Add(new("one word", Search(("q", one))));
                log.Add(new("two words", Search(("q", one + " " + two))));
                log.Add(new("phrase", Search(("q", $"\"{phrase}\""))));
                log.Add(new("facets selected", Search(("q", one), ("lang", lang), ("year", year))));
                log.Add(new("facets selected", Search(("q", two), ("type", paragraph.Type == ClauseType.Operative ? "operative" : "preambular"), ("lang", lang))));
                if (paragraph.Verb.Length > 0) log.Add(new("facets selected", Search(("q", one), ("verb", paragraph.Verb.ToLowerInvariant()))));
                log.Add(new("page 2+", Search(("q", one), ("page", (2 + random.Next(4)).ToString(CultureInfo.InvariantCulture)))));
                log.Add(new("similar clauses", "/similar?id=" + Uri.EscapeDataString(Paragraph.IdOf(version.Symbol, lang, paragraph.Key))));
                log.Add(new("resolution page", "/resolutions/" + version.Symbol + "?lang=" + lang));
                log.Add(new("api search", "/api/search?q=" + Uri.EscapeDataString(one + " " + two) + "&lang=" + lang));
            }
        }
        return log.OrderBy(_ => random.Next()).ToList();
    }

    static string Search(params (string Name, string Value)[] parameters) =>
        "/?" + string.Join('&', parameters.Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value)));

    /// <summary>Words of four letters or more (a user types words, not digits or punctuation).</summary>
    static List<string> Words(string text) =>
        text.Split([' ', ',', ';', '.', ':', '(', ')', '"', '«', '»', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && w.All(char.IsLetter))
            .ToList();
}
