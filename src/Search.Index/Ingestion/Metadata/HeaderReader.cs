using Search.Index.Documents;
using System.Text.RegularExpressions;
using Search.Index.Ingestion.Formats;
using Search.Index.Ingestion.Clauses;

namespace Search.Index.Ingestion.Metadata;

/// <summary>The header lines before the clauses: symbol and title, session, agenda item, committee report, adoption date.</summary>
public sealed partial record HeaderFacts
{
    public string? Symbol { get; private set; }
    public string? Title { get; private set; }
    public int? Session { get; private set; }
    public DateOnly? AdoptionDate { get; private set; }
    public string? AgendaItem { get; private set; }
    public string? Committee { get; private set; }
    public string? CommitteeReport { get; private set; }

    public static HeaderFacts Read(IEnumerable<SourceBlock> header)
    {
        var facts = new HeaderFacts();
        foreach (var block in header)
        {
            var text = block.Text;
            var titled = TitleLine().Match(text);
            if (titled.Success && facts.Symbol is null)
            {
                facts.Symbol = Symbols.Normalize(titled.Groups["symbol"].Value);
                facts.Title = titled.Groups["title"].Value.Trim();
                continue;
            }
            var council = CouncilTitle().Match(text);
            if (council.Success && facts.Symbol is null)
            {
                facts.Symbol = Symbols.Normalize($"S/RES/{council.Groups["number"].Value} ({council.Groups["year"].Value})");
                facts.AdoptionDate ??= DateReader.FindFirst(text);
                continue;
            }
            facts.Session ??= SessionReader.FromHeader(text);
            var adopted = AdoptedOn().Match(text);
            if (adopted.Success) facts.AdoptionDate ??= DateReader.FindFirst(text[adopted.Index..]);
            var agenda = AgendaItemLine().Match(text);
            if (agenda.Success) facts.AgendaItem ??= NormalizeAgenda(agenda.Groups["item"].Value);
            var report = ReportLine().Match(text);
            if (report.Success)
            {
                facts.Committee ??= report.Groups["committee"].Value.Trim();
                facts.CommitteeReport ??= report.Groups["report"].Value.Trim();
            }
            var plenary = WithoutCommittee().Match(text);
            if (plenary.Success)
            {
                facts.Committee ??= plenary.Groups["committee"].Value.Trim();
                facts.CommitteeReport ??= plenary.Groups["report"].Value.Trim();
            }
        }
        return facts;
    }

    /// <summary>"99 (j)", "99, j," and "99 j" are one agenda item.</summary>
    static string NormalizeAgenda(string raw)
    {
        var m = AgendaParts().Match(raw);
        if (!m.Success) return raw.Trim().TrimEnd(',');
        return m.Groups["letter"].Success ? $"{m.Groups["number"].Value} ({m.Groups["letter"].Value})" : m.Groups["number"].Value;
    }

    [GeneratedRegex(@"^(?<symbol>\d{1,3}/\d{1,4}(?:\s?[A-ZА-Я](?=\.))?)\.\s+(?<title>\S.*)$")] private static partial Regex TitleLine();
    [GeneratedRegex(@"^Resolution (?<number>\d{1,4}) \((?<year>(?:19|20)\d\d)\)", RegexOptions.IgnoreCase)] private static partial Regex CouncilTitle();
    [GeneratedRegex(@"adopted by the General Assembly|adoptée par l['’]Assemblée générale|принятая Генеральной Ассамблеей", RegexOptions.IgnoreCase)] private static partial Regex AdoptedOn();
    [GeneratedRegex(@"(?:Agenda items?|Points?|Пункты?)\s+(?<item>\d[^\n]*?)(?:\s+de l['’]ordre du jour|\s+повестки дня|$)", RegexOptions.IgnoreCase)] private static partial Regex AgendaItemLine();
    [GeneratedRegex(@"\[(?<committee>without reference to a Main Committee|sans renvoi à une grande commission|без передачи в главный комитет)\s*\((?<report>[^)]+)\)\]", RegexOptions.IgnoreCase)] private static partial Regex WithoutCommittee();
    [GeneratedRegex(@"^(?<number>\d{1,3})(?:[\s,]*\(?(?<letter>[a-z]{1,2})\)?,?)?")] private static partial Regex AgendaParts();
    [GeneratedRegex(@"\[(?:on the report of the|sur la base du rapport de la|sur la base du rapport du|по докладу)\s+(?<committee>.+?)\s*\((?<report>[AS]/[^)]+)\)\]", RegexOptions.IgnoreCase)] private static partial Regex ReportLine();
}
