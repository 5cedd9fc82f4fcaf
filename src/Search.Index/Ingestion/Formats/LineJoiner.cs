using System.Text;

namespace Search.Index.Ingestion.Formats;

/// <summary>
/// Undoes hard line breaks. A word cut by a hyphen at a line end is joined again unless the document shows the
/// hyphen belongs to the word ("anti-personnel", "государств-участников").
/// </summary>
public static class LineJoiner
{
    public static string Join(IReadOnlyList<string> lines, IReadOnlySet<string> vocabulary)
    {
        var result = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (result.Length == 0) { result.Append(line); continue; }

            if (result[^1] == '-' && result.Length >= 2 && char.IsLetter(result[^2]) && char.IsLetter(line[0]))
            {
                var left = LastWord(result);
                var right = FirstWord(line);
                if (KeepsHyphen(left, right, vocabulary)) result.Append(line);
                else { result.Length--; result.Append(line); }
                continue;
            }
            result.Append(' ').Append(line);
        }
        return result.ToString();
    }

    static bool KeepsHyphen(string left, string right, IReadOnlySet<string> vocabulary)
    {
        if (char.IsUpper(right[0])) return true;
        if (vocabulary.Contains(left + "-" + right)) return true;
        if (vocabulary.Contains(left + right)) return false;
        // A compound written elsewhere in the document with a hyphen after the same stem ("государства-участники").
        var stem = left.Length > 4 ? left[..^2] : left;
        var rightStem = right.Length > 4 ? right[..4] : right;
        foreach (var word in vocabulary)
        {
            var dash = word.IndexOf('-');
            if (dash > 0 && word.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && dash >= stem.Length
                && word.AsSpan(dash + 1).StartsWith(rightStem, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return left.Length <= 3;
    }

    static string LastWord(StringBuilder sb)
    {
        int end = sb.Length - 1, start = end;
        while (start > 0 && char.IsLetter(sb[start - 1])) start--;
        return sb.ToString(start, end - start);
    }

    static string FirstWord(string line)
    {
        int end = 0;
        while (end < line.Length && char.IsLetter(line[end])) end++;
        return line[..end];
    }
}
