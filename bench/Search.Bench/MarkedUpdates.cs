using System.Text.Json;
using System.Text.RegularExpressions;
using Search.Index.Documents;

namespace Search.Bench;

/// <summary>
/// Updates for the crash benchmark: generated resolutions, some new and some replacing a version the store
/// holds, each carrying one made-up word of its own (a marker) in its first paragraph. Whatever the store ends
/// up holding, its markers say what must be searchable, and the markers of replaced versions what must not be.
/// </summary>
public sealed partial class MarkedUpdates(int seed)
{
    /// <summary>Consonants no stemmer of ours strips, so that two markers never analyse to one term.</summary>
    const string MarkerLetters = "bcdfghjkmnpqrtvz";
    const string MarkerPrefix = "zqmark";

    readonly IEnumerator<Resolution> _generated = CorpusGenerator.Generate(int.MaxValue, seed).GetEnumerator();

    [GeneratedRegex(@"\bzqmark[bcdfghjkmnpqrtvz]+\b")]
    public static partial Regex MarkerPattern();

    public static string Marker(long number)
    {
        var letters = new System.Text.StringBuilder();
        do { letters.Insert(0, MarkerLetters[(int)(number % MarkerLetters.Length)]); number /= MarkerLetters.Length; } while (number > 0);
        return MarkerPrefix + letters;
    }

    /// <summary>A General Assembly symbol no generated corpus holds (sessions 100-999), one a number up to 8,999,100.</summary>
    public static (int Session, int Number) SymbolFor(long number) => (100 + (int)(number % 900), 1 + (int)(number / 900 % 9999));

    /// <summary>
    /// <paramref name="added"/> new resolution versions and <paramref name="replaced"/> replacements of versions
    /// picked from <paramref name="existing"/>; marker numbers are taken from <paramref name="nextMarker"/> on,
    /// and new symbols are made from them, so that they never meet an existing one.
    /// </summary>
    public List<Resolution> Batch(Random random, IReadOnlyList<(string Symbol, string Language)> existing, int added, int replaced, ref long nextMarker)
    {
        var batch = new List<Resolution>();
        for (int i = 0; i < added + replaced; i++)
        {
            long number = nextMarker++;
            var marker = Marker(number);
            bool replacing = i >= added && existing.Count > 0;
            var (session, made) = SymbolFor(number);
            var (symbol, language) = replacing ? existing[random.Next(existing.Count)] : ($"A/RES/{session}/{made}", "en");
            if (batch.Any(r => r.Symbol == symbol && r.Language == language)) continue;
            var text = Next(language);
            var first = text.Paragraphs[0];
            batch.Add(text with
            {
                Symbol = symbol,
                Language = language,
                Session = replacing ? text.Session : session,
                Title = $"Resolution {symbol} ({marker})",
                Paragraphs = [first with { Text = $"{first.Text} {marker}" }, .. text.Paragraphs.Skip(1)],
            });
        }
        return batch;
    }

    Resolution Next(string language)
    {
        while (_generated.MoveNext())
            if (_generated.Current.Language == language) return _generated.Current;
        throw new InvalidOperationException("the generator ended");
    }

    /// <summary>The batch as a JSON Lines file the CLI reads: one record a version, its clauses as the text of a resolution.</summary>
    public static void WriteJsonLines(string path, IEnumerable<Resolution> resolutions)
    {
        File.WriteAllLines(path, resolutions.Select(r => JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["symbol"] = r.Symbol,
            ["lang"] = r.Language,
            ["date_adopted"] = r.AdoptionDate?.ToString("yyyy-MM-dd"),
            ["session"] = r.Session,
            ["title"] = r.Title,
            ["text"] = Opening(r.Language) + "\n\n" + string.Join("\n\n", r.Paragraphs.Select(p =>
                p.Type == ClauseType.Operative ? $"{p.Number}. {p.Text};" : p.Text + ",")),
        })));
    }

    static string Opening(string language) => language switch
    {
        "fr" => "L'Assemblée générale,",
        "ru" => "Генеральная Ассамблея,",
        _ => "The General Assembly,",
    };
}
