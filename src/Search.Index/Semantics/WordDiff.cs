using System.Text.RegularExpressions;

namespace Search.Index.Semantics;

public enum DiffKind { Same, Removed, Added }

public sealed record DiffPart(DiffKind Kind, string Text);

/// <summary>A word-level difference between two texts, from the longest common subsequence of their words.</summary>
public static partial class WordDiff
{
    const int MaxWords = 4000;

    public static IReadOnlyList<DiffPart> Compare(string before, string after)
    {
        var a = Words().Matches(before).Select(m => m.Value).ToArray();
        var b = Words().Matches(after).Select(m => m.Value).ToArray();
        if (a.Length > MaxWords || b.Length > MaxWords)
            return [new DiffPart(DiffKind.Removed, before), new DiffPart(DiffKind.Added, after)];

        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
            for (int j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var parts = new List<DiffPart>();
        void Add(DiffKind kind, string word)
        {
            if (parts.Count > 0 && parts[^1].Kind == kind) parts[^1] = parts[^1] with { Text = parts[^1].Text + " " + word };
            else parts.Add(new DiffPart(kind, word));
        }
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { Add(DiffKind.Same, a[x]); x++; y++; }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1])) { Add(DiffKind.Removed, a[x]); x++; }
            else { Add(DiffKind.Added, b[y]); y++; }
        }
        return parts;
    }

    public static bool Identical(IReadOnlyList<DiffPart> parts) => parts.All(p => p.Kind == DiffKind.Same);

    [GeneratedRegex(@"\S+")] private static partial Regex Words();
}
