namespace Search.Index.Analysis.Languages;

/// <summary>
/// Tells English, French and Russian apart: by script first (Cyrillic letters mean Russian), then by which
/// language's most frequent function words the text uses. Returns null for text in none of the three.
/// A long document is read whole; when the whole is inconclusive (long tables of names and figures), it is
/// judged part by part and the language its readable parts agree on is taken.
/// </summary>
public static class LanguageDetector
{
    public static IReadOnlyList<string> Supported => Documents.SupportedLanguages.All;

    static readonly HashSet<string> English = ["the", "of", "and", "to", "in", "that", "is", "for", "on", "with", "as", "by", "its", "all", "be", "are", "which", "this", "their", "have", "has", "at", "from", "or", "an"];
    static readonly HashSet<string> French = ["le", "la", "les", "de", "des", "du", "et", "à", "en", "que", "qui", "dans", "pour", "sur", "par", "une", "un", "est", "au", "aux", "ses", "son", "sa", "ou", "ne", "pas", "d", "l", "qu"];
    // Words shared by both lists ("a", "on") are left out so they do not blur the vote.

    /// <summary>Characters per part when a long document is judged part by part.</summary>
    const int PartLength = 20_000;

    readonly record struct Counts(int Latin, int Cyrillic, int En, int Fr, int Words)
    {
        public static Counts operator +(Counts a, Counts b) =>
            new(a.Latin + b.Latin, a.Cyrillic + b.Cyrillic, a.En + b.En, a.Fr + b.Fr, a.Words + b.Words);

        public string? Decide()
        {
            if (Words == 0) return null;
            if (Cyrillic > Latin) return "ru";
            if (Latin == 0) return null;
            // Function words are about a third of running text in both languages; under 8 % means neither.
            var best = Math.Max(En, Fr);
            if (best < Math.Max(2, Words * 0.08)) return null;
            return En >= Fr ? "en" : "fr";
        }
    }

    public static string? Detect(ReadOnlySpan<char> text)
    {
        var parts = new List<Counts>();
        var whole = default(Counts);
        for (int start = 0; start < text.Length; start += PartLength)
        {
            var end = Math.Min(text.Length, start + PartLength);
            // Parts end at a word boundary so no word is counted as two.
            while (end < text.Length && char.IsLetter(text[end])) end++;
            var counts = Count(text[start..end]);
            parts.Add(counts);
            whole += counts;
            start = end - PartLength;
        }
        var decided = whole.Decide();
        if (decided is not null || parts.Count < 2) return decided;

        var votes = parts.Select(p => p.Decide()).Where(l => l is not null).GroupBy(l => l!).OrderByDescending(g => g.Count()).ToList();
        if (votes.Count == 0) return null;
        // The readable parts must agree; a stray sentence is too little of its part to make it readable.
        var winner = votes[0];
        var agreeing = winner.Count();
        return agreeing >= 0.9 * votes.Sum(g => g.Count()) ? winner.Key : null;
    }

    static Counts Count(ReadOnlySpan<char> sample)
    {
        int latin = 0, cyrillic = 0, en = 0, fr = 0, words = 0;
        int i = 0;
        Span<char> lower = stackalloc char[5];
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
                var key = new string(lower[..word.ToLowerInvariant(lower)]);
                if (English.Contains(key)) en++;
                if (French.Contains(key)) fr++;
            }
        }
        return new Counts(latin, cyrillic, en, fr, words);
    }
}
