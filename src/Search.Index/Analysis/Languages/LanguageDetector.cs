namespace Search.Index.Analysis.Languages;

/// <summary>
/// Tells English, French and Russian apart: by script first (Cyrillic letters mean Russian), then by which
/// language's most frequent function words the text uses. Returns null for text in none of the three.
/// </summary>
public static class LanguageDetector
{
    public static IReadOnlyList<string> Supported => Documents.SupportedLanguages.All;

    static readonly HashSet<string> English = ["the", "of", "and", "to", "in", "that", "is", "for", "on", "with", "as", "by", "its", "all", "be", "are", "which", "this", "their", "have", "has", "at", "from", "or", "an"];
    static readonly HashSet<string> French = ["le", "la", "les", "de", "des", "du", "et", "à", "en", "que", "qui", "dans", "pour", "sur", "par", "une", "un", "est", "au", "aux", "ses", "son", "sa", "ou", "ne", "pas", "d", "l", "qu"];
    // Words shared by both lists ("a", "on") are left out so they do not blur the vote.

    public static string? Detect(ReadOnlySpan<char> text)
    {
        int latin = 0, cyrillic = 0, en = 0, fr = 0, words = 0;
        var sample = text.Length > 200_000 ? text[..200_000] : text;
        int i = 0;
        while (i < sample.Length)
        {
            var c = sample[i];
            if (!char.IsLetter(c)) { i++; continue; }
            int start = i;
            while (i < sample.Length && char.IsLetter(sample[i])) i++;
            var word = sample[start..i];
            words++;
            foreach (var ch in word)
            {
                if (ch is >= '\u0400' and <= '\u04FF') cyrillic++;
                else if (ch < '\u0250') latin++;
            }
            if (word.Length <= 5)
            {
                var lower = word.ToString().ToLowerInvariant();
                if (English.Contains(lower)) en++;
                if (French.Contains(lower)) fr++;
            }
        }
        if (words == 0) return null;
        if (cyrillic > latin) return "ru";
        if (latin == 0) return null;
        // Function words are about a third of running text in both languages; under 8 % means neither.
        var best = Math.Max(en, fr);
        if (best < Math.Max(2, words * 0.08)) return null;
        return en >= fr ? "en" : "fr";
    }
}
