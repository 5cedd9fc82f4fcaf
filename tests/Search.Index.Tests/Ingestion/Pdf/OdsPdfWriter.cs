using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Search.Index.Documents;

namespace Search.Index.Tests.Ingestion.Pdf;

/// <summary>
/// Prints a resolution as the Official Document System lays it out: masthead, symbol, title, italic leads,
/// numbered operative paragraphs, footnotes under a rule with raised references, a running head with symbol and
/// title on later pages, page numbers "n/N", and the job number, bar code and "Please recycle" on the first page.
/// </summary>
public static class OdsPdfWriter
{
    const double Left = 72, Width = 451, Top = 60, Bottom = 70;
    const double BodySize = 10, Leading = 12, NoteSize = 8, NoteLeading = 9.6, ParagraphGap = 2;

    sealed class Run(string text, XFont font, bool raised = false)
    {
        public string Text { get; } = text;
        public XFont Font { get; } = font;
        public bool Raised { get; } = raised;
    }

    sealed record Line(List<Run> Runs, double Indent, double Gap, List<Footnote> Notes);

    public static byte[] Write(Resolution r)
    {
        ShippedFontResolver.Install();
        var regular = new XFont("Body", BodySize, XFontStyleEx.Regular);
        var italic = new XFont("Body", BodySize, XFontStyleEx.Italic);
        var bold = new XFont("Body", 12, XFontStyleEx.Bold);
        var small = new XFont("Body", NoteSize, XFontStyleEx.Regular);
        var measure = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);

        var lines = new List<Line>();
        void Text(IEnumerable<Run> runs, double indent = 0, double gap = 0, List<Footnote>? notes = null) =>
            lines.AddRange(Wrap(measure, runs.ToList(), indent, gap, notes ?? []));

        var l = r.Language;
        Text([new Run(r.Symbol, regular)], 300, 0);
        Text([new Run(l switch { "fr" => "Nations Unies", "ru" => "Организация Объединенных Наций", _ => "United Nations" }, regular)], 0, 8);
        Text([new Run(l switch { "fr" => "Assemblée générale", "ru" => "Генеральная Ассамблея", _ => "General Assembly" }, bold)], 0, 8);
        if (r.AgendaItem is { } item) Text([new Run(l switch { "fr" => $"Point {item} de l’ordre du jour", "ru" => $"Пункт {item} повестки дня", _ => $"Agenda item {item}" }, regular)], 0, 8);
        if (r.AdoptionDate is { } adopted)
            Text([new Run(l switch
            {
                "fr" => $"Résolution adoptée par l’Assemblée générale le {Date(adopted, l)}",
                "ru" => $"Резолюция, принятая Генеральной Ассамблеей {Date(adopted, l)}",
                _ => $"Resolution adopted by the General Assembly on {Date(adopted, l)}",
            }, regular)], 0, 8);
        if (r.CommitteeReport is { } report && r.Committee is { } committee)
            Text([new Run(l switch { "fr" => $"[sur la base du rapport de la {committee} ({report})]", "ru" => $"[по докладу {committee} ({report})]", _ => $"[on the report of the {committee} ({report})]" }, regular)]);
        Text([new Run($"{ShortSymbol(r.Symbol)}. {r.Title}", bold)], 0, 10);
        Text([new Run(l switch { "fr" => "L’Assemblée générale,", "ru" => "Генеральная Ассамблея,", _ => "The General Assembly," }, regular)], 36, 4);

        var notes = r.Footnotes.ToList();
        var paragraphs = r.Paragraphs.ToList();
        bool annexHeading = false;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            // Footnote k is referred to at the end of paragraph k, where there is one.
            var note = i < notes.Count ? notes[i] : null;
            // Each annex opens with its heading and its title (a line without closing punctuation).
            if (p.Type == ClauseType.Annex && (!annexHeading || !".;:,".Contains(p.Text[^1])))
            {
                annexHeading = true;
                Text([new Run(l switch { "fr" => "Annexe", "ru" => "Приложение", _ => "Annex" }, bold)], 0, 14);
            }
            var pieces = p.Text.Split('\n');
            for (int k = 0; k < pieces.Length; k++)
            {
                var piece = pieces[k];
                var runs = new List<Run>();
                double indent = 36;
                // "Resolves that:" and its numbered items: the paragraph itself carries no number.
                var holdsItems = pieces.Skip(1).Any(x => x.StartsWith("1. ", StringComparison.Ordinal));
                if (k == 0 && p.Type == ClauseType.Operative && !holdsItems) runs.Add(new Run($"{p.Number}. ", regular));
                if (k == 0 && p.Verb.Length > 0 && piece.StartsWith(p.Verb, StringComparison.Ordinal))
                {
                    runs.Add(new Run(p.Verb, italic));
                    runs.Add(new Run(piece[p.Verb.Length..], regular));
                }
                else runs.Add(new Run(piece, regular));
                var last = k == pieces.Length - 1;
                if (last && note is not null) runs.Add(new Run(note.Marker, small, raised: true));
                Text(runs, indent, k == 0 ? ParagraphGap : 0, last && note is not null ? [note] : null);
            }
        }
        if (r.Meeting is { } meeting)
        {
            Text([new Run(meeting, regular)], 300, 10);
            if (r.AdoptionDate is { } day) Text([new Run(Date(day, l), regular)], 300);
        }
        return Paginate(r, lines, regular, small);
    }

    static byte[] Paginate(Resolution r, List<Line> lines, XFont regular, XFont small)
    {
        var document = new PdfDocument();
        var pages = new List<(List<Line> Lines, List<Footnote> Notes)> { ([], []) };
        double used = 0;
        foreach (var line in lines)
        {
            var (pageLines, pageNotes) = pages[^1];
            var notesHeight = NotesHeight(pageNotes.Concat(line.Notes));
            if (used + Leading + line.Gap + notesHeight > 842 - Top - Bottom - 40 && pageLines.Count > 0)
            {
                pages.Add(([], []));
                used = 0;
                (pageLines, pageNotes) = pages[^1];
            }
            pageLines.Add(line);
            pageNotes.AddRange(line.Notes);
            used += Leading + line.Gap;
        }

        for (int n = 0; n < pages.Count; n++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(595);
            page.Height = XUnit.FromPoint(842);
            using var g = XGraphics.FromPdfPage(page);
            if (n > 0)
            {
                // Running head: symbol and title on one baseline, the symbol outside.
                var head = new XFont("Body", 9, XFontStyleEx.Regular);
                // A short title: as many of the title's words as fit beside the symbol.
                var title = "";
                foreach (var word in (r.Title ?? "").Split(' '))
                    if (g.MeasureString((title + " " + word).Trim(), head).Width < Width - 120) title = (title + " " + word).Trim();
                var symbolX = n % 2 == 1 ? Left : Left + Width - g.MeasureString(r.Symbol, head).Width;
                var titleX = n % 2 == 1 ? Left + Width - g.MeasureString(title, head).Width : Left;
                g.DrawString(r.Symbol, head, XBrushes.Black, symbolX, 40);
                g.DrawString(title, head, XBrushes.Black, titleX, 40);
            }
            double y = Top;
            foreach (var line in pages[n].Lines)
            {
                y += Leading + line.Gap;
                double x = Left + line.Indent;
                foreach (var run in line.Runs)
                {
                    g.DrawString(run.Text, run.Font, XBrushes.Black, x, run.Raised ? y - 3.5 : y);
                    x += g.MeasureString(run.Text, run.Font).Width;
                }
            }
            var notes = pages[n].Notes;
            if (notes.Count > 0)
            {
                double ny = 842 - Bottom - 20 - NotesHeight(notes) + 12;
                g.DrawString("__________________", regular, XBrushes.Black, Left, ny);
                foreach (var note in notes)
                    foreach (var (text, first) in WrapNote(g, note, small))
                    {
                        ny += NoteLeading;
                        g.DrawString(text, small, XBrushes.Black, Left + (first ? 0 : 12), ny);
                    }
            }
            if (n == 0)
            {
                g.DrawString($"{JobNumber(r)} (E)", regular, XBrushes.Black, Left, 842 - 40);
                g.DrawString($"*{JobNumber(r).Replace("-", "")}*", regular, XBrushes.Black, Left + 150, 842 - 40);
                g.DrawString("Please recycle", small, XBrushes.Black, Left + Width - 60, 842 - 40);
            }
            else
                g.DrawString($"{n + 1}/{pages.Count}", regular, XBrushes.Black, n % 2 == 1 ? Left : Left + Width - 20, 842 - 40);
        }
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    static double NotesHeight(IEnumerable<Footnote> notes)
    {
        var list = notes.ToList();
        return list.Count == 0 ? 0 : 16 + list.Sum(n => NoteLeading * (1 + n.Text.Length / 100));
    }

    static IEnumerable<(string Text, bool First)> WrapNote(XGraphics g, Footnote note, XFont font)
    {
        var words = $"{note.Marker} {note.Text}".Split(' ');
        var line = "";
        bool first = true;
        foreach (var w in words)
        {
            var candidate = line.Length == 0 ? w : line + " " + w;
            if (line.Length > 0 && g.MeasureString(candidate, font).Width > Width - 12) { yield return (line, first); first = false; line = w; }
            else line = candidate;
        }
        if (line.Length > 0) yield return (line, first);
    }

    /// <summary>Breaks runs into lines at spaces; a run's words keep its font.</summary>
    static IEnumerable<Line> Wrap(XGraphics g, List<Run> runs, double indent, double gap, List<Footnote> notes)
    {
        var result = new List<Line>();
        var current = new List<Run>();
        double width = 0, limit = Width - indent;
        foreach (var run in runs)
        {
            if (run.Raised) { current.Add(run); continue; }
            var tokens = SplitKeepingSpaces(run.Text);
            foreach (var token in tokens)
            {
                var w = g.MeasureString(token, run.Font).Width;
                if (width + w > limit && token.Trim().Length > 0 && current.Count > 0)
                {
                    result.Add(new Line(Trimmed(current), result.Count == 0 ? indent : 0, result.Count == 0 ? gap : 0, []));
                    current = [];
                    width = 0;
                    limit = Width;
                }
                if (current.Count == 0 && token.Trim().Length == 0) continue;
                if (current.Count > 0 && current[^1].Font == run.Font && !current[^1].Raised) current[^1] = new Run(current[^1].Text + token, run.Font);
                else current.Add(new Run(token, run.Font));
                width += w;
            }
        }
        if (current.Count > 0) result.Add(new Line(Trimmed(current), result.Count == 0 ? indent : 0, result.Count == 0 ? gap : 0, notes));
        return result;
    }

    static List<Run> Trimmed(List<Run> runs)
    {
        var copy = runs.ToList();
        var last = copy.FindLastIndex(r => !r.Raised);
        if (last >= 0) copy[last] = new Run(copy[last].Text.TrimEnd(), copy[last].Font);
        return copy;
    }

    static IEnumerable<string> SplitKeepingSpaces(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
            if (text[i] == ' ')
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        if (start < text.Length) yield return text[start..];
    }

    static string ShortSymbol(string symbol) => symbol.StartsWith("A/RES/", StringComparison.Ordinal) ? symbol["A/RES/".Length..] : symbol;

    static string JobNumber(Resolution r) => $"{(r.AdoptionDate?.Year ?? 2015) % 100:00}-{r.Symbol.Sum(c => c * 31) % 90000 + 10000:00000}";

    static string Date(DateOnly date, string language) => language switch
    {
        "fr" => date.ToString(date.Day == 1 ? "1'er' MMMM yyyy" : "d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR")),
        "ru" => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("ru-RU")) + " года",
        _ => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
    };
}
