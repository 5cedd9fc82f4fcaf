using System.Text.RegularExpressions;
using Search.Index.Documents;

namespace Search.Index.Ingestion.Formats;

/// <summary>
/// The lines under a footnote rule. Text extraction often sets the numbers apart from their notes and out of
/// order ("1", "Resolution 60/1.", "Resolution 67/1.", "3", ..., "2"); the notes keep their order on the page, so
/// the numbers, sorted, are given to the notes in turn.
/// </summary>
public static partial class FootnoteArea
{
    public static bool IsMarker(string line) => MarkerOnly().IsMatch(line);

    public static bool HasText(IReadOnlyList<string> lines) => lines.Any(l => !MarkerOnly().IsMatch(l));

    public static IReadOnlyList<Footnote> Parse(IReadOnlyList<string> lines)
    {
        var markers = new List<string>();
        var notes = new List<List<string>>();
        bool afterMarker = false;
        foreach (var line in lines)
        {
            if (MarkerOnly().IsMatch(line)) { markers.Add(line); afterMarker = true; continue; }
            var glued = MarkerAndText().Match(line);
            // "26 August–4 September 2002" goes on with a note whose line ended mid-sentence.
            if (glued.Success && !(notes.Count > 0 && !afterMarker && !EndsNote(notes[^1][^1])))
            {
                markers.Add(glued.Groups[1].Value);
                notes.Add([glued.Groups[2].Value]);
                afterMarker = false;
                continue;
            }
            bool startsNote = notes.Count == 0 || afterMarker || EndsNote(notes[^1][^1]);
            if (startsNote) notes.Add([line]); else notes[^1].Add(line);
            afterMarker = false;
        }
        var ordered = markers.OrderBy(m => int.TryParse(m, out var n) ? n : int.MaxValue).ToList();
        var result = new List<Footnote>();
        for (int i = 0; i < notes.Count; i++)
        {
            var text = Whitespace.Collapse(string.Join(" ", notes[i]));
            if (i < ordered.Count) result.Add(new Footnote(ordered[i], text));
            else if (result.Count > 0) result[^1] = result[^1] with { Text = result[^1].Text + " " + text };
            else result.Add(new Footnote("", text));
        }
        return result;
    }

    static bool EndsNote(string line) => line.EndsWith('.') && !AbbreviationEnd().IsMatch(line);

    [GeneratedRegex(@"^(\d{1,3}|[*†‡])$")] private static partial Regex MarkerOnly();
    [GeneratedRegex(@"^(\d{1,3}|[*†‡])\s+(\S.*)$")] private static partial Regex MarkerAndText();
    [GeneratedRegex(@"\b(No|Nos|vol|chap|sect|para|paras|p|pp|Add|Corr|Rev|Suppl)\.$")] private static partial Regex AbbreviationEnd();
}
