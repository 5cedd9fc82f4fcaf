using System.Globalization;
using System.Text.Json;
using Search.Index.Documents;

namespace Search.Index.Ingestion;

/// <summary>
/// JSON Lines records with at least symbol, lang and text. Consecutive records of one (symbol, lang) are the
/// paragraphs of one document and are read together.
/// </summary>
public static class JsonLinesReader
{
    public sealed record Group(ParseHints Hints, string Text, int FirstLine);

    /// <summary>
    /// Records that hold the same sentence in several languages ({"en": "...", "fr": "...", "ru": "..."}) with no
    /// resolution symbol: aligned text for the local model.
    /// </summary>
    /// <returns>The groups, and each line that could not be read, named by its number.</returns>
    public static (IReadOnlyList<IReadOnlyDictionary<string, string>> Groups, IReadOnlyList<string> Problems) ReadParallel(string content)
    {
        var groups = new List<IReadOnlyDictionary<string, string>>();
        var problems = new List<string>();
        var lines = content.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (line[0] != '{') { problems.Add($"line {i + 1}: not a JSON object"); continue; }
            try
            {
                using var doc = JsonDocument.Parse(line);
                var record = doc.RootElement;
                if (record.ValueKind != JsonValueKind.Object) { problems.Add($"line {i + 1}: not a JSON object"); continue; }
                if (record.TryGetProperty("symbol", out _) && record.TryGetProperty("text", out _)) { problems.Add($"line {i + 1}: a resolution record, not aligned sentences"); continue; }
                var texts = SupportedLanguages.All.Select(l => (l, String(record, l))).Where(p => !string.IsNullOrWhiteSpace(p.Item2)).ToDictionary(p => p.l, p => p.Item2!);
                if (texts.Count >= 2) groups.Add(texts);
                else problems.Add($"line {i + 1}: fewer than two languages ({SupportedLanguages.Listed})");
            }
            catch (JsonException e)
            {
                problems.Add($"line {i + 1}: not valid JSON ({e.Message.Split('.')[0]})");
            }
        }
        return (groups, problems);
    }

    public static (IReadOnlyList<Group> Groups, IReadOnlyList<string> Problems) Read(string content, long maxRecordChars)
    {
        var groups = new List<Group>();
        var problems = new List<string>();
        var lines = content.Split('\n');
        ParseHints? current = null;
        var texts = new List<string>();
        int first = 0;

        void Flush()
        {
            if (current is not null && texts.Count > 0) groups.Add(new Group(current, string.Join("\n\n", texts), first));
            texts.Clear();
            current = null;
        }

        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            int number = i + 1;
            if (line.Length > maxRecordChars) { problems.Add($"line {number}: record larger than {maxRecordChars / (1024 * 1024)} MB"); continue; }
            JsonElement record;
            try
            {
                using var doc = JsonDocument.Parse(line);
                record = doc.RootElement.Clone();
            }
            catch (JsonException e)
            {
                problems.Add($"line {number}: not valid JSON ({e.Message.Split('.')[0]})");
                continue;
            }
            if (record.ValueKind != JsonValueKind.Object) { problems.Add($"line {number}: not a JSON object"); continue; }

            var symbol = String(record, "symbol");
            var lang = String(record, "lang") ?? String(record, "language");
            var text = String(record, "text");
            var missing = new[] { ("symbol", symbol), ("lang", lang), ("text", text) }.Where(f => string.IsNullOrWhiteSpace(f.Item2)).Select(f => f.Item1).ToList();
            if (missing.Count > 0) { problems.Add($"line {number}: missing {string.Join(", ", missing.Select(m => $"'{m}'"))}"); continue; }

            var hints = new ParseHints(
                symbol,
                lang!.Trim().ToLowerInvariant(),
                DateOnly.TryParseExact(String(record, "date_adopted") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
                Int(record, "session"),
                String(record, "title") ?? String(record, "doc_title"));
            if (current is null || current.Symbol != hints.Symbol || current.Language != hints.Language)
            {
                Flush();
                current = hints;
                first = number;
            }
            texts.Add(text!);
        }
        Flush();
        return (groups, problems);
    }

    static string? String(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    static int? Int(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;
}
