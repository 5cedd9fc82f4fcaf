using System.Text.RegularExpressions;
using Search.Index.Documents;

namespace Search.Index.Ingestion.Clauses;

/// <summary>
/// Recognises the lead verb phrase of a clause when the source does not mark it with emphasis: "Noting with
/// satisfaction", "Demande instamment", "с удовлетворением отмечая", "настоятельно призывает".
/// The phrase is returned exactly as written.
/// </summary>
public static partial class LeadPhrases
{
    public static bool LooksLikePreambularLead(string language, string text)
    {
        var words = Words(text, 4);
        // A lead opens its paragraph; a word after a number ("71/274. Proposed ...") is a title's.
        if (words.Count == 0 || words[0].Index > 1) return false;
        return language switch
        {
            "ru" => RussianPreambularHead(words) >= 0,
            "fr" => char.IsUpper(words[0].Value[0]) && FrenchPreambularHead(words[0].Value.ToLowerInvariant(), words),
            _ => char.IsUpper(words[0].Value[0]) && EnglishPreambularHead(words[0].Value.ToLowerInvariant()),
        };
    }

    /// <summary>An unnumbered operative paragraph: "Resolves that ...", "Décide ...", "постановляет ...".</summary>
    public static bool LooksLikeOperativeLead(string language, string text)
    {
        var words = Words(text, 4);
        // Quoted clauses ("“1. Calls for ...") belong to the paragraph that quotes them.
        if (words.Count == 0 || words[0].Index != 0) return false;
        var first = words[0].Value;
        var lower = first.ToLowerInvariant();
        return language switch
        {
            "ru" => RussianPhraseEnd(words, ClauseType.Operative) is var end && IsRussianFiniteVerb(words[Math.Min(end, words.Count - 1)].Value.ToLowerInvariant()),
            "fr" => char.IsUpper(first[0]) && lower.Length > 3 && lower.EndsWith('e') && !FrenchOperativeNotLeads.Contains(lower),
            _ => char.IsUpper(first[0]) && lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss") && !EnglishOperativeNotLeads.Contains(lower),
        };
    }

    static readonly HashSet<string> EnglishOperativeNotLeads = ["this", "thus", "nations", "states", "parties", "members", "governments", "countries", "others", "forces", "its", "has", "was", "these", "those", "various", "serious"];
    static readonly HashSet<string> FrenchOperativeNotLeads = ["cette", "toute", "chaque", "comme", "entre", "notre", "votre", "leurre", "aucune", "quelque", "lorsque", "puisque", "france", "europe", "afrique", "amérique", "guinée", "convention", "commission", "charte", "assemblée"];

    public static string Read(string language, ClauseType type, string text)
    {
        var words = Words(text, 12);
        if (words.Count == 0) return "";
        int last = language switch
        {
            "ru" => RussianPhraseEnd(words, type),
            "fr" => PhraseEnd(words, FrenchModifiers, 0),
            _ => EnglishPhraseEnd(words),
        };
        if (last < 0) return "";
        var end = words[last].Index + words[last].Length;
        return text[..end].Trim();
    }

    /// <summary>
    /// English leads as the PDF sets them in italics: adverbs before the verb ("Also decides", "Once again urges",
    /// "Strongly condemns"), the verb, then fixed modifiers ("Expresses its appreciation", "Renews its call upon",
    /// "Takes note with appreciation"). "further" or "also" after the verb is part of the lead only when it
    /// qualifies the verb ("Decides further that", "Requests further the"), not a noun ("Encourages further dialogue").
    /// </summary>
    static int EnglishPhraseEnd(List<Match> words)
    {
        int head = 0;
        while (head + 1 < words.Count)
        {
            var w = words[head].Value.ToLowerInvariant();
            if (w is "once" && words[head + 1].Value.Equals("again", StringComparison.OrdinalIgnoreCase)) { head += 2; continue; }
            if (EnglishPreVerbAdverbs.Contains(w) || w.Length > 4 && w.EndsWith("ly") && !NotAdverbs.Contains(w)) { head++; continue; }
            break;
        }
        if (head >= words.Count) return words.Count - 1;
        int end = head;
        var verb = words[head].Value.ToLowerInvariant();
        if (verb is "having" or "being" && end + 1 < words.Count) end++; // "Having considered", "Being convinced"
        bool extended;
        do
        {
            extended = false;
            if (end + 1 >= words.Count) break;
            var next = words[end + 1].Value.ToLowerInvariant();
            if (next is "once" && end + 2 < words.Count && words[end + 2].Value.Equals("again", StringComparison.OrdinalIgnoreCase)) { end += 2; extended = true; continue; }
            if (next is "further" or "also" or "again")
            {
                var after = end + 2 < words.Count ? words[end + 2].Value : null;
                if (next == "further" && after is not null && FurtherNouns.Contains(after.ToLowerInvariant())) break;
                end++; extended = true; continue;
            }
            if (verb is "calls" or "calling" && next is "on" or "for") { end++; extended = true; continue; }
            foreach (var phrase in EnglishModifiers)
            {
                if (Matches(words, end + 1, phrase)) { end += phrase.Length; extended = true; break; }
            }
            if (!extended && verb is "expresses" or "expressing")
                foreach (var phrase in ExpressedObjects)
                    if (Matches(words, end + 1, phrase)) { end += phrase.Length; extended = true; break; }
        } while (extended);
        return end;
    }

    static readonly HashSet<string> EnglishPreVerbAdverbs = ["also", "further", "furthermore", "moreover", "again", "hereby"];
    static readonly HashSet<string> NotAdverbs = ["italy", "july", "apply", "supply", "rely", "reply", "family", "assembly", "only"];
    // Nouns that "further" qualifies as an adjective ("Encourages further dialogue"), where it is no part of the lead.
    static readonly HashSet<string> FurtherNouns =
    [
        "dialogue", "efforts", "action", "actions", "steps", "progress", "consideration", "development", "developments", "work",
        "measures", "cooperation", "information", "discussion", "discussions", "guidance", "support", "contributions", "research",
        "improvement", "improvements", "strengthening", "study", "studies", "review", "analysis", "engagement", "assistance",
        "resources", "details", "proposals", "recommendations", "consultations", "negotiations", "reduction", "reductions",
        "increase", "expansion", "enhancement", "exchange", "exchanges", "elaboration", "clarification", "integration",
    ];
    static readonly string[][] ExpressedObjects = Phrases(
        "concern", "deep concern", "grave concern", "serious concern", "appreciation", "deep appreciation", "gratitude",
        "deep gratitude", "support", "full support", "strong support", "regret", "deep regret", "hope", "satisfaction",
        "its support", "its full support", "its strong support", "its regret", "its deep regret");

    static List<Match> Words(string text, int max)
    {
        var list = new List<Match>(max);
        foreach (Match m in Word().Matches(text.Length > 400 ? text[..400] : text))
        {
            list.Add(m);
            if (list.Count == max) break;
        }
        return list;
    }

    // ---- English and French: a head word, then any of a language's modifier phrases.

    static int PhraseEnd(List<Match> words, string[][] modifiers, int head)
    {
        if (words.Count <= head) return words.Count - 1;
        if (modifiers == FrenchModifiers && words[head].Value.EndsWith("ment", StringComparison.Ordinal) && head + 1 < words.Count)
            head++; // "Profondément préoccupée"
        int end = head;
        bool extended;
        do
        {
            extended = false;
            foreach (var phrase in modifiers)
            {
                if (Matches(words, end + 1, phrase)) { end += phrase.Length; extended = true; break; }
            }
        } while (extended && end + 1 < words.Count);
        return end;
    }

    static bool Matches(List<Match> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count) return false;
        for (int i = 0; i < phrase.Length; i++)
            if (!string.Equals(words[at + i].Value, phrase[i], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    static readonly string[][] EnglishModifiers = Phrases(
        "upon", "note", "note with appreciation", "into account",
        "in mind", "with satisfaction", "with appreciation", "with concern", "with deep concern", "with grave concern",
        "with serious concern", "with great concern", "with regret", "with deep regret", "with interest", "with alarm",
        "with gratitude", "concerned", "aware", "convinced", "alarmed", "its call upon", "its call for", "its call", "its invitation and encouragement",
        "its appreciation", "its deep appreciation", "its sincere appreciation", "its gratitude", "its deep gratitude", "its profound gratitude",
        "its concern", "its deep concern", "its grave concern", "its serious concern",
        "its request", "its appeal", "its condolences", "its solidarity", "with appreciation", "into consideration", "due note");

    static readonly string[][] FrenchModifiers = Phrases(
        "également", "aussi", "en outre", "de nouveau", "à nouveau", "instamment", "note", "acte", "compte",
        "avec satisfaction", "avec regret", "avec préoccupation", "avec inquiétude", "avec intérêt", "avec appréciation",
        "avec gratitude", "avec consternation", "avec une vive préoccupation", "avec une profonde préoccupation",
        "avec une grande préoccupation", "et encourage", "et engage", "et prie", "et demande", "et invite");

    static string[][] Phrases(params string[] phrases) => phrases.Select(p => p.Split(' ')).OrderByDescending(p => p.Length).ToArray();

    static readonly HashSet<string> EnglishLeadWords =
    [
        "aware", "convinced", "concerned", "mindful", "conscious", "cognizant", "desirous", "determined", "alarmed",
        "appreciative", "encouraged", "guided", "disturbed", "deeply", "gravely", "fully", "further", "seriously",
        "profoundly", "strongly", "whereas", "resolved", "shocked", "outraged", "dismayed", "saddened", "pleased",
        "satisfied", "confident", "anxious", "acknowledging", "noting", "recalling", "reaffirming", "emphasizing",
        "also", "keenly", "greatly", "bearing", "having", "taking", "welcoming", "recognizing", "underlining",
    ];

    static readonly HashSet<string> NotLeads = ["united", "red", "limited", "based", "federated", "during", "including", "nothing", "something", "king", "beijing", "wellbeing", "pending"];

    static bool EnglishPreambularHead(string first) =>
        !NotLeads.Contains(first) &&
        (EnglishLeadWords.Contains(first) || (first.Length > 5 && first.EndsWith("ing")) || (first.Length > 6 && first.EndsWith("ed")));

    static readonly HashSet<string> FrenchLeadWords =
    [
        "convaincue", "convaincu", "consciente", "conscient", "désireuse", "désireux", "préoccupée", "profondément",
        "vivement", "gravement", "résolue", "déterminée", "soucieuse", "alarmée", "inquiète", "sachant", "ayant",
        "considérant", "tenant", "prenant", "encouragée", "guidée", "persuadée", "consternée", "satisfaite",
        "reconnaissant", "sérieusement", "notant", "rappelant", "réaffirmant", "soulignant",
    ];

    static readonly HashSet<string> FrenchNotLeads = ["assemblée", "année", "journée", "durant", "pendant", "avant", "cependant", "néanmoins", "maintenant", "représentant", "montant", "important", "suivant"];

    static bool FrenchPreambularHead(string first, List<Match> words) =>
        !FrenchNotLeads.Contains(first) &&
        (FrenchLeadWords.Contains(first) || (first.Length > 5 && first.EndsWith("ant"))
         || (first.Length > 5 && (first.EndsWith("ée") || first.EndsWith("euse")) && words.Count > 1 && char.IsLower(words[1].Value[0])));

    // ---- Russian: lower-case leads, modifiers before and after the verb ("с удовлетворением отмечая", "отмечая с сожалением").

    static readonly HashSet<string> RussianModifiers = ["вновь", "также", "еще", "ещё", "раз", "настоятельно", "решительно", "глубоко", "далее", "особо", "твердо", "неизменно", "самым", "серьезно", "всецело", "однозначно"];

    // Imperfective gerunds end in a vowel and я (отмечая, приветствуя, имея); nouns in consonant + я (декабря) do not.
    static bool IsRussianGerund(string w) =>
        w == "будучи" || (w.Length > 4 && (w.EndsWith("ясь") || w.EndsWith("ась") || w.EndsWith("вшись")
            || (w.EndsWith("я") && "аеуюя".Contains(w[^2]))
            || w.EndsWith("ав") || w.EndsWith("ев") || w.EndsWith("ив") || w.EndsWith("ыв")));

    static bool IsRussianFiniteVerb(string w) =>
        w.Length > 3 && (w.EndsWith("ет") || w.EndsWith("ит") || w.EndsWith("ется") || w.EndsWith("ится") || w.EndsWith("ат") || w.EndsWith("ят"));

    static bool IsInstrumental(string w) => w.Length > 3 && (w.EndsWith("ем") || w.EndsWith("ью") || w.EndsWith("ой") || w.EndsWith("ем,"));

    static int RussianPreambularHead(List<Match> words)
    {
        if (!char.IsLower(words[0].Value[0])) return words[0].Value is "Принимая" or "Признавая" or "Ссылаясь" ? 0 : -1;
        for (int i = 0; i < Math.Min(words.Count, 3); i++)
        {
            var w = words[i].Value.ToLowerInvariant();
            if (IsRussianGerund(w)) return i;
            if (!(RussianModifiers.Contains(w) || w == "с" || (i > 0 && words[i - 1].Value == "с" && IsInstrumental(w)))) return -1;
        }
        return -1;
    }

    static int RussianPhraseEnd(List<Match> words, ClauseType type)
    {
        int head = -1;
        for (int i = 0; i < Math.Min(words.Count, 5); i++)
        {
            var w = words[i].Value.ToLowerInvariant();
            if (type == ClauseType.Operative ? IsRussianFiniteVerb(w) : IsRussianGerund(w)) { head = i; break; }
            if (!(RussianModifiers.Contains(w) || w == "с" || (i > 0 && words[i - 1].Value == "с" && IsInstrumental(w)))) break;
        }
        if (head < 0) return 0;
        int end = head;
        while (end + 1 < words.Count)
        {
            var next = words[end + 1].Value.ToLowerInvariant();
            if (RussianModifiers.Contains(next)) { end++; continue; }
            if (next == "с" && end + 2 < words.Count && IsInstrumental(words[end + 2].Value)) { end += 2; continue; }
            if (next == "и" && end + 2 < words.Count && IsRussianFiniteVerb(words[end + 2].Value) && type == ClauseType.Operative) { end += 2; continue; }
            if ((next == "к" || next == "во") && end + 2 < words.Count && words[end + 2].Value is "сведению" or "внимание") { end += 2; continue; }
            if (words[head].Value == "будучи") { end++; }
            break;
        }
        return end;
    }

    [GeneratedRegex(@"\p{L}[\p{L}'’\-]*")] private static partial Regex Word();
}
