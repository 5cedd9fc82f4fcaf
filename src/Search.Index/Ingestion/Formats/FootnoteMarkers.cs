using System.Text.RegularExpressions;

namespace Search.Index.Ingestion.Formats;

/// <summary>
/// Footnote references in PDF text are bare numbers: glued to a word or a comma ("Outcome,1", "уничтожении1,")
/// or standing apart ("for 2014, 1", "уничтожении 1  и", "Secretary-General 11 and"). A document numbers its notes
/// in reading order, so only the next expected number (or the one after, when a reference was missed) is taken
/// as a reference, and never after a word that counts things ("article 7", "paragraph 1", "on 1 December").
/// </summary>
public sealed partial class FootnoteMarkers(IReadOnlySet<string> markers)
{
    int _expected = markers.Select(m => int.TryParse(m, out var n) ? n : int.MaxValue).DefaultIfEmpty(int.MaxValue).Min();

    /// <summary>Removes the references in one line, reading on from where the previous line stopped.</summary>
    public string RemoveFrom(string line)
    {
        if (markers.Count == 0) return line;
        var result = new System.Text.StringBuilder(line.Length);
        int copied = 0;
        foreach (Match m in Candidate().Matches(line))
        {
            var number = int.Parse(m.Groups["n"].Value);
            // A note referred to again ("Agency; 1" after "for 2014, 1") stands after a clause's punctuation at a line's end.
            bool again = number < _expected && m.Index + m.Length == line.TrimEnd().Length && line[..m.Index].TrimEnd() is { Length: > 0 } b && b[^1] is ',' or ';' or '.' or ':';
            // ", 2 and calls for": a note referred to again, after a comma and before the sentence goes on.
            again |= m.Groups["space"].Length > 0 && line[..m.Index].TrimEnd() is { Length: > 1 } c && c[^1] == ',' && char.IsLetter(c[^2])
                && line[(m.Index + m.Length)..].TrimStart() is { Length: > 0 } rest && char.IsLower(rest[0]);
            // "Degrading Treatment or Punishment 1 to fulfil": a note on an instrument's name, referred to again.
            again |= number < _expected && m.Groups["space"].Length > 0 && m.Index > 0 && char.IsLetter(line[m.Index - 1])
                && LastWord().Match(line[..m.Index].TrimEnd()).Value is { Length: > 2 } named && char.IsUpper(named[0]) && !CountingWords.Contains(named.ToLowerInvariant())
                && line[(m.Index + m.Length)..].TrimStart() is { Length: > 0 } then && char.IsLower(then[0]);
            // "уничтожении1," a second time: a number glued to a lower-case word is a reference.
            again |= number < _expected && m.Groups["space"].Length == 0 && m.Index > 0 && char.IsLower(line[m.Index - 1]);
            bool atLineEnd = m.Index + m.Length == line.TrimEnd().Length && line[..m.Index].TrimEnd() is { Length: > 0 } e && e[^1] is ',' or ';';
            if (number != _expected && number != _expected + 1 && !again && !atLineEnd) continue;
            if (!markers.Contains(m.Groups["n"].Value) || !IsReference(line, m)) continue;
            result.Append(line, copied, m.Index - copied);
            copied = m.Index + m.Length;
            _expected = Math.Max(_expected, number + 1);
        }
        result.Append(line, copied, line.Length - copied);
        return result.ToString();
    }

    static bool IsReference(string line, Match m)
    {
        var before = line[..m.Index].TrimEnd();
        if (before.Length == 0) return false;
        var previousWord = LastWord().Match(before).Value;
        var glued = m.Groups["space"].Length == 0;
        var after = line[(m.Index + m.Length)..].TrimStart();
        if (Month().IsMatch(after)) return false;
        if (before[^1] == '.')
        {
            // "Add.1", "Corr.1", "A/70/L.8", "No. 5": numbers of documents, not references.
            if (before.Length > 1 && before[^2] is '”' or '"' or ')' or '’') return true; // “The future we want”. 4
            var word = LastWord().Match(before[..^1]).Value;
            return word.Length > 1 && !DocumentWords.Contains(word.ToLowerInvariant()) && !word.All(char.IsUpper);
        }
        if (char.IsLetter(before[^1]))
            return glued ? !char.IsUpper(before[^1]) || before.Length > 1 && char.IsLower(before[^2]) : !CountingWords.Contains(previousWord.ToLowerInvariant());
        return true; // after a comma, semicolon, colon, bracket or quotation mark
    }

    static readonly HashSet<string> DocumentWords = ["add", "corr", "rev", "no", "nos", "para", "paras", "vol", "chap", "sect", "art", "p", "pp", "suppl"];

    static readonly HashSet<string> CountingWords =
    [
        "article", "articles", "paragraph", "paragraphs", "resolution", "resolutions", "annex", "chapter", "chapters", "rule", "rules",
        "goal", "goals", "target", "targets", "principle", "principles", "item", "items", "decision", "decisions", "section", "sections",
        "part", "parts", "phase", "level", "group", "page", "pages", "table", "figure", "option", "step", "no", "vol", "para", "protocol",
        "recommendation", "recommendations", "session", "sessions", "year", "years", "day", "days", "and", "to", "or", "of", "from",
        "through", "between", "on", "in", "at", "by", "for", "with", "than", "under", "per", "since", "until", "before", "after", "about",
        "some", "over", "nearly", "almost", "least", "most", "only", "first", "last", "every", "the", "a", "an", "committee", "conference",
        "convention", "protocol", "plan", "report", "volume", "series", "supplement", "annexes", "appendix", "schedule", "category",
        "paragraphe", "résolution", "résolutions", "annexe", "chapitre", "et", "à", "au", "aux", "du", "de", "des", "le", "la", "les",
        "статьи", "статья", "пункт", "пунктом", "пункта", "пункте", "пунктах", "резолюции", "резолюций", "приложение", "главы", "и", "в", "с", "по", "от", "до",
    ];

    [GeneratedRegex(@"(?<=[\p{L}.,;:)”’""»'])(?<space>\s{0,3})(?<n>\d{1,3})(?=[\s,;.:)]|$)")] private static partial Regex Candidate();
    [GeneratedRegex(@"[\p{L}\-]+$")] private static partial Regex LastWord();
    [GeneratedRegex(@"^(January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\b")] private static partial Regex Month();
}
