namespace Search.Index.Ingestion.Formats;

/// <summary>
/// Text extraction sometimes breaks a widely justified line into one word per block, and puts the last word of
/// the paragraph, from the line below, before them: "Welcomes", "Development;", "the", "adoption", ..., "Sustainable".
/// The words are put back in reading order on one line.
/// </summary>
public static class ExplodedLines
{
    const int MinimumRun = 4;

    public static IReadOnlyList<string?> Repair(List<string?> lines)
    {
        MoveDisplacedLastWords(lines);
        for (int i = 0; i < lines.Count; i++)
        {
            // A run of single words, each alone between blank lines.
            int j = i, words = 0;
            while (j < lines.Count && IsSingleWord(lines[j]) && (j + 1 >= lines.Count || lines[j + 1] is null))
            {
                words++;
                j += 2;
            }
            if (words < MinimumRun) continue;
            int tail = i - 2; // the displaced last word, just before the blank line that opens the run
            if (tail < 1 || lines[i - 1] is not null || !IsSingleWord(lines[tail]) || lines[tail - 1] is null or PageLayout.PageBreak) continue;

            var run = new List<string>();
            for (int k = i; k < j; k += 2) run.Add(lines[k]!.Trim());
            run.Add(lines[tail]!.Trim());
            lines[tail] = string.Join(" ", run);
            lines.RemoveRange(tail + 1, Math.Min(j, lines.Count) - (tail + 1));
            i = tail;
        }
        return lines;
    }

    /// <summary>
    /// A paragraph whose last line holds one word ("4.", "Agency;", blank, "Appeals to ... of the"; "(b)", "person;",
    /// blank, "Giving ... organization or"): the word is put back after the line it ends.
    /// </summary>
    static void MoveDisplacedLastWords(List<string?> lines)
    {
        for (int k = 0; k + 3 < lines.Count; k++)
        {
            if (lines[k] is not { } number || !IsNumberLine(number.Trim())) continue;
            if (lines[k + 1] is not { } word || !IsSingleWord(word) || !EndsSentence(word.Trim()) || lines[k + 2] is not null) continue;
            int end = k + 3;
            while (end < lines.Count && lines[end] is { } l && l != PageLayout.PageBreak && !IsNumberLine(l.Trim().Split(' ')[0])) end++;
            if (end == k + 3 || end - (k + 3) > 2) continue;
            lines.Insert(end, word);
            lines.RemoveRange(k + 1, 2);
        }
    }

    /// <summary>A paragraph's number or a sub-paragraph's letter alone on its line: "4.", "(b)".</summary>
    static bool IsNumberLine(string t) =>
        t.EndsWith('.') && t.Length > 1 && t[..^1].All(char.IsDigit)
        || t.Length is >= 3 and <= 6 && t[0] == '(' && t[^1] == ')' && t[1..^1].All(char.IsAsciiLetterLower);

    static bool EndsSentence(string t) => t.EndsWith(';') || t.EndsWith('.') || t.EndsWith(':') || char.IsDigit(t[^1]) && t.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') is { Length: > 0 } w && w[^1] is ';' or '.';

    static bool IsSingleWord(string? line) =>
        line is not null and not PageLayout.PageBreak && line.Trim() is { Length: > 0 } t && !t.Contains(' ')
        && !(t.EndsWith('.') && t[..^1].All(char.IsDigit)) && !t.StartsWith('(');
}
