using Search.Index.Documents;

namespace Search.Index.Ingestion.Clauses;

/// <summary>
/// Walks the blocks after the header and cuts them into preambular, operative and annex paragraphs, joining
/// again what page breaks and footnotes split: a block that does not open a clause continues the one before.
/// </summary>
public sealed class ClauseSegmenter(string language)
{
    enum Part { Preamble, Operative, Annex, Closed }

    sealed class Draft(ClauseType type, int number, string verb, string text)
    {
        public ClauseType Type { get; } = type;
        public int Number { get; } = number;
        public string Verb { get; } = verb;
        public System.Text.StringBuilder Text { get; } = new(text);
        public bool Numbered { get; init; }
        public bool HoldsItems { get; set; }
    }

    public sealed record Result(IReadOnlyList<Paragraph> Paragraphs, string? MeetingText);

    public Result Segment(IReadOnlyList<SourceBlock> blocks)
    {
        var drafts = new List<Draft>();
        var part = Part.Preamble;
        int? pendingNumber = null;
        string? meeting = null;
        bool openerAfterPreamble = false, openerSeen = false;

        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = block.Text;

            if (ClauseMarkers.IsMeetingLine(text))
            {
                meeting ??= text;
                part = Part.Closed;
                continue;
            }
            if (ClauseMarkers.IsAnnexHeading(text) && drafts.Count > 0) { part = Part.Annex; continue; }
            if (part == Part.Closed) continue;
            if (block.IsHeading && part != Part.Annex && !(drafts.Count > 0 && drafts[^1] is { Type: ClauseType.Operative } last && IntroducesText(last, text)))
                continue; // a heading between clauses belongs to none of them
            if (ClauseMarkers.Opener(text) is not null)
            {
                // An opener after clauses (the Universal Declaration's "Whereas ... The General Assembly Proclaims")
                // means what follows is operative even without numbers.
                if (drafts.Count > 0) part = Part.Operative;
                openerAfterPreamble = drafts.Count > 0;
                openerSeen = true;
                continue;
            }

            if (pendingNumber is null && ClauseMarkers.TryOperativeNumber(text, out var n, out var rest) && rest.Length == 0)
            {
                pendingNumber = n; // the number stands on its own line
                continue;
            }
            if (pendingNumber is int alone)
            {
                text = $"{alone}. {text}";
                block = block with { Text = text };
                pendingNumber = null;
            }

            var current = drafts.Count > 0 ? drafts[^1] : null;
            if (ClauseMarkers.TryOperativeNumber(text, out var number, out var body) && part != Part.Annex)
            {
                if (current is { Type: ClauseType.Operative, Numbered: false } && (current.HoldsItems || current.Text.ToString().TrimEnd().EndsWith(':')))
                {
                    // "Resolves that: 1. ...; 2. ..." — the numbers are items of the unnumbered paragraph.
                    current.Text.Append('\n').Append(text);
                    current.HoldsItems = true;
                    continue;
                }
                part = Part.Operative;
                drafts.Add(new Draft(ClauseType.Operative, number, VerbOf(block, body, ClauseType.Operative), body) { Numbered = true });
                continue;
            }
            if (current is not null && ClauseMarkers.IsSubparagraph(text))
            {
                current.Text.Append('\n').Append(text);
                continue;
            }
            if (part == Part.Preamble && IsPreambularLead(block))
            {
                drafts.Add(new Draft(ClauseType.Preambular, drafts.Count(d => d.Type == ClauseType.Preambular) + 1, VerbOf(block, text, ClauseType.Preambular), text));
                continue;
            }
            if (part == Part.Operative && current is { Type: ClauseType.Operative } && IntroducesText(current, text))
            {
                // "Adopts the following declaration:" and then the declaration's heading: what follows is the annexed text.
                part = Part.Annex;
                drafts.Add(new Draft(ClauseType.Annex, 1, "", text));
                continue;
            }
            if ((part == Part.Preamble && (current is null || openerSeen) || part == Part.Operative && current is { Type: ClauseType.Operative, Numbered: false } && EndsClause(current))
                && LeadPhrases.LooksLikeOperativeLead(language, text))
            {
                // Unnumbered operative paragraphs ("Resolves that ...; Requests ...") follow the opener directly.
                part = Part.Operative;
                drafts.Add(new Draft(ClauseType.Operative, drafts.Count(d => d.Type == ClauseType.Operative) + 1, VerbOf(block, text, ClauseType.Operative), text));
                continue;
            }
            if (current is null) continue; // header leftovers before the first clause
            if (openerAfterPreamble && current.Type == ClauseType.Preambular)
            {
                drafts.Add(new Draft(ClauseType.Operative, 1, VerbOf(block, text, ClauseType.Operative), text));
                continue;
            }

            if (part == Part.Operative && ClosesOperativePart(current, text)) part = Part.Annex;
            if (part == Part.Annex && (current.Type != ClauseType.Annex || !Continues(current, text)))
            {
                drafts.Add(new Draft(ClauseType.Annex, drafts.Count(d => d.Type == ClauseType.Annex) + 1, "", text));
                continue;
            }
            current.Text.Append(' ').Append(text);
        }

        var paragraphs = drafts
            .Select(d => new Paragraph
            {
                Key = d.Type.KeyPrefix() + d.Number,
                Type = d.Type,
                Number = d.Number,
                Verb = d.Verb,
                Text = d.Text.ToString().Trim(),
            })
            .Where(p => p.Text.Length > 0)
            .ToList();
        return new Result(Deduplicate(paragraphs), meeting);
    }

    // An emphasised lead is preambular unless it reads as an operative verb ("Resolves that:" straight after the opener).
    bool IsPreambularLead(SourceBlock block) =>
        (block.Emphasis is not null && ClauseMarkers.Opener(block.Emphasis) is null
            && !(LeadPhrases.LooksLikeOperativeLead(language, block.Text) && !LeadPhrases.LooksLikePreambularLead(language, block.Text)))
        || LeadPhrases.LooksLikePreambularLead(language, block.Text);

    string VerbOf(SourceBlock block, string body, ClauseType type) =>
        block.Emphasis ?? LeadPhrases.Read(language, type, body);

    /// <summary>The last operative paragraph ends with a full stop; an unnumbered clause-like block after it is annexed text.</summary>
    static bool ClosesOperativePart(Draft current, string next)
    {
        var sentence = current.Text.ToString().TrimEnd();
        return sentence.EndsWith('.') && next.Length > 0 && char.IsUpper(next[0]) && !next.StartsWith('"') && !next.StartsWith('“');
    }

    static bool IntroducesText(Draft current, string next)
    {
        var sentence = current.Text.ToString().TrimEnd();
        return sentence.EndsWith(':') && !current.Numbered && next.Length is > 0 and < 300 && char.IsUpper(next[0])
            && !".;:,".Contains(next[^1]) && !ClauseMarkers.TryOperativeNumber(next, out _, out _);
    }

    static bool EndsClause(Draft current)
    {
        var sentence = current.Text.ToString().TrimEnd();
        return sentence.EndsWith(';') || sentence.EndsWith(',');
    }

    static bool Continues(Draft current, string next)
    {
        var sentence = current.Text.ToString().TrimEnd();
        return sentence.Length > 0 && !".;:!?".Contains(sentence[^1]) && next.Length > 0 && char.IsLower(next[0]);
    }

    /// <summary>Two operative paragraphs with one number (a scan slip) would share a key; the later one gets a free key.</summary>
    static IReadOnlyList<Paragraph> Deduplicate(List<Paragraph> paragraphs)
    {
        var seen = new HashSet<string>();
        var result = new List<Paragraph>(paragraphs.Count);
        foreach (var p in paragraphs)
        {
            var key = p.Key;
            int suffix = 1;
            while (!seen.Add(key)) key = $"{p.Key}-{++suffix}";
            result.Add(key == p.Key ? p : p with { Key = key });
        }
        return result;
    }
}
