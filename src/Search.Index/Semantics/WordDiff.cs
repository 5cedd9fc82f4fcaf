using System.Text.RegularExpressions;
using DiffPlex;

namespace Search.Index.Semantics;

public enum DiffKind { Same, Removed, Added }

public sealed record DiffPart(DiffKind Kind, string Text);

/// <summary>
/// A word-level difference between two texts: DiffPlex's shortest edit script (Myers) over their words, with
/// neighbouring words of one kind joined into one part and, where words are replaced, the removed ones first.
/// </summary>
public static partial class WordDiff
{
    /// <summary>Beyond this many words a side, the time of the edit script is not worth it: the texts are shown as replaced.</summary>
    const int MaxWords = 20_000;

    public static IReadOnlyList<DiffPart> Compare(string before, string after)
    {
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var a = diff.PiecesOld;
        var b = diff.PiecesNew;
        if (a.Count > MaxWords || b.Count > MaxWords)
            return [new DiffPart(DiffKind.Removed, before), new DiffPart(DiffKind.Added, after)];

        var parts = new List<DiffPart>();
        void Add(DiffKind kind, IEnumerable<string> words)
        {
            foreach (var word in words)
            {
                if (parts.Count > 0 && parts[^1].Kind == kind) parts[^1] = parts[^1] with { Text = parts[^1].Text + " " + word };
                else parts.Add(new DiffPart(kind, word));
            }
        }
        int x = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(DiffKind.Same, a.Skip(x).Take(block.DeleteStartA - x));
            Add(DiffKind.Removed, a.Skip(block.DeleteStartA).Take(block.DeleteCountA));
            Add(DiffKind.Added, b.Skip(block.InsertStartB).Take(block.InsertCountB));
            x = block.DeleteStartA + block.DeleteCountA;
        }
        Add(DiffKind.Same, a.Skip(x));
        return parts;
    }

    public static bool Identical(IReadOnlyList<DiffPart> parts) => parts.All(p => p.Kind == DiffKind.Same);

    /// <summary>Words as runs of anything but white space, so punctuation stays with its word as it is shown.</summary>
    sealed partial class WordChunker : IChunker
    {
        public static readonly WordChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text) => Words().Matches(text).Select(m => m.Value).ToArray();
    }

    [GeneratedRegex(@"\S+")] private static partial Regex Words();
}
