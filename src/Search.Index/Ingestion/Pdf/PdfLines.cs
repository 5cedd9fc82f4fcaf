using System.Text;
using UglyToad.PdfPig.Content;

namespace Search.Index.Ingestion.Pdf;

/// <summary>One line of a page: its text, baseline, size, and the italic words that open it.</summary>
public sealed record PdfLine(string Text, double Baseline, double FontSize, string? ItalicLead);

/// <summary>Groups a page's letters into lines by their baselines and drops raised footnote references.</summary>
public static class PdfLines
{
    public static List<PdfLine> Read(Page page)
    {
        var letters = page.Letters.Where(l => l.Value.Length > 0).ToList();
        if (letters.Count == 0) return [];
        var bodySize = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => l.PointSize).Order().ElementAtOrDefault(letters.Count / 2);
        if (bodySize <= 0) bodySize = 10;

        var rows = new List<List<Letter>>();
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var row = rows.LastOrDefault();
            if (row is not null && Math.Abs(row[0].StartBaseLine.Y - letter.StartBaseLine.Y) <= 1.0) row.Add(letter);
            else rows.Add([letter]);
        }

        var lines = new List<PdfLine>();
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i].OrderBy(l => l.StartBaseLine.X).ToList();
            if (IsRaisedReference(row, i + 1 < rows.Count ? rows[i + 1] : null, bodySize)) continue;
            foreach (var segment in Segments(row)) lines.Add(ToLine(segment));
        }
        return lines;
    }

    /// <summary>Small digits set a little above the next row's baseline: a footnote reference, not a line.</summary>
    static bool IsRaisedReference(List<Letter> row, List<Letter>? below, double bodySize)
    {
        if (below is null) return false;
        var visible = row.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (visible.Count == 0 || visible.Any(l => !char.IsDigit(l.Value[0]) && l.Value != ",")) return false;
        if (visible.Any(l => l.PointSize > bodySize * 0.85)) return false;
        var rise = row[0].StartBaseLine.Y - below[0].StartBaseLine.Y;
        return rise > 0.5 && rise < bodySize * 0.7;
    }

    /// <summary>Pieces of one baseline set far apart (a job number, a bar code, a page number) are separate lines.</summary>
    static IEnumerable<List<Letter>> Segments(List<Letter> row)
    {
        var current = new List<Letter>();
        Letter? previous = null;
        foreach (var letter in row)
        {
            if (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > Math.Max(letter.PointSize, 6) * 3 && current.Count > 0)
            {
                yield return current;
                current = [];
            }
            current.Add(letter);
            if (!string.IsNullOrWhiteSpace(letter.Value)) previous = letter;
        }
        if (current.Count > 0) yield return current;
    }

    static PdfLine ToLine(List<Letter> row)
    {
        var text = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in row)
        {
            if (previous is not null && letter.Value != " " && previous.Value != " "
                && letter.StartBaseLine.X - previous.EndBaseLine.X > letter.PointSize * 0.2)
                text.Append(' ');
            text.Append(letter.Value);
            previous = letter;
        }
        var size = row.Select(l => l.PointSize).Max();
        return new PdfLine(text.ToString().TrimEnd(), row[0].StartBaseLine.Y, size, ItalicLead(row, text.ToString()));
    }

    /// <summary>The italic run at the start of the line, after a paragraph number ("1. <i>Decides</i>").</summary>
    static string? ItalicLead(List<Letter> row, string text)
    {
        int i = 0;
        while (i < row.Count && (string.IsNullOrWhiteSpace(row[i].Value) || (!IsItalic(row[i]) && (char.IsDigit(row[i].Value[0]) || row[i].Value == ".")))) i++;
        var lead = new StringBuilder();
        Letter? previous = null;
        for (; i < row.Count; i++)
        {
            var letter = row[i];
            if (!string.IsNullOrWhiteSpace(letter.Value) && !IsItalic(letter)) break;
            if (previous is not null && letter.Value != " " && previous.Value != " " && letter.StartBaseLine.X - previous.EndBaseLine.X > letter.PointSize * 0.2)
                lead.Append(' ');
            lead.Append(letter.Value);
            previous = letter;
        }
        var result = lead.ToString().Trim().TrimEnd(',', ';', ':').Trim();
        return result.Length > 0 && result.Any(char.IsLetter) ? result : null;
    }

    /// <summary>An italic face by name or flags, or upright glyphs slanted by the text matrix (a simulated italic).</summary>
    public static bool IsItalic(Letter letter)
    {
        var name = letter.FontName ?? "";
        if (name.Contains("Italic", StringComparison.OrdinalIgnoreCase) || name.Contains("Oblique", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(",I", StringComparison.Ordinal) || name.EndsWith("-It", StringComparison.Ordinal))
            return true;
        if (letter.FontDetails?.IsItalic == true) return true;
        var box = letter.BoundingBox;
        var height = box.TopLeft.Y - box.BottomLeft.Y;
        return height > 1 && (box.TopLeft.X - box.BottomLeft.X) / height > 0.12;
    }
}
