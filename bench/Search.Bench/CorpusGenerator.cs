using Search.Index.Documents;

namespace Search.Bench;

/// <summary>
/// A large corpus made reproducibly from real UN text: resolutions of about twenty clauses, each clause built
/// from aligned UN Parallel Corpus sentences so that its English, French and Russian versions are translations
/// of one another, in sessions 1-80, with the lead verbs UN resolutions use.
/// </summary>
public static class CorpusGenerator
{
    static readonly (string En, string Fr, string Ru)[] PreambularLeads =
    [
        ("Recalling", "Rappelant", "ссылаясь на"), ("Reaffirming", "Réaffirmant", "вновь подтверждая"), ("Noting with satisfaction", "Notant avec satisfaction", "с удовлетворением отмечая"),
        ("Emphasizing", "Soulignant", "подчеркивая"), ("Recognizing", "Reconnaissant", "признавая"), ("Deeply concerned", "Profondément préoccupée", "будучи глубоко обеспокоена"),
        ("Welcoming", "Se félicitant", "приветствуя"), ("Bearing in mind", "Ayant à l'esprit", "учитывая"),
    ];

    static readonly (string En, string Fr, string Ru)[] OperativeLeads =
    [
        ("Urges", "Exhorte", "настоятельно призывает"), ("Requests", "Prie", "просит"), ("Decides", "Décide", "постановляет"), ("Invites", "Invite", "предлагает"),
        ("Calls upon", "Demande", "призывает"), ("Encourages", "Encourage", "рекомендует"), ("Stresses", "Souligne", "подчеркивает"), ("Welcomes", "Se félicite", "приветствует"),
    ];

    public static IEnumerable<Resolution> Generate(int paragraphs, int seed)
    {
        var sentences = SharedData.JsonLines("unpc_devset_2015_part1.en-fr-ru.jsonl")
            .Select(r => (En: r.GetProperty("en").GetString()!, Fr: r.GetProperty("fr").GetString()!, Ru: r.GetProperty("ru").GetString()!))
            .Where(s => s.En.Length > 20)
            .ToArray();
        var random = new Random(seed);
        int produced = 0, number = 0;
        while (produced < paragraphs)
        {
            int session = random.Next(1, 81);
            number++;
            var symbol = $"A/RES/{session}/{number}";
            var date = new DateOnly(1945 + session, 12, 1 + random.Next(20));
            int pp = random.Next(4, 10), op = random.Next(6, 14);
            var clauses = new List<(ClauseType Type, int Number, (string En, string Fr, string Ru) Lead, (string En, string Fr, string Ru) Text)>();
            for (int i = 1; i <= pp; i++) clauses.Add((ClauseType.Preambular, i, PreambularLeads[random.Next(PreambularLeads.Length)], Body(random, sentences)));
            // Citations of earlier resolutions give the corpus rare words, as real resolutions have.
            var (a, b) = ($"{random.Next(1, 81)}/{random.Next(1, 400)}", $"{random.Next(1, 81)}/{random.Next(1, 400)}");
            var first = clauses[0];
            clauses[0] = first with { Text = ($"its resolutions {a} and {b}, {first.Text.En}", $"ses résolutions {a} et {b}, {first.Text.Fr}", $"свои резолюции {a} и {b}, {first.Text.Ru}") };
            for (int i = 1; i <= op; i++) clauses.Add((ClauseType.Operative, i, OperativeLeads[random.Next(OperativeLeads.Length)], Body(random, sentences)));

            var languages = new List<string> { "en" };
            if (random.NextDouble() < 0.6) languages.Add("fr");
            if (random.NextDouble() < 0.5) languages.Add("ru");
            foreach (var language in languages)
            {
                string Pick((string En, string Fr, string Ru) t) => language switch { "fr" => t.Fr, "ru" => t.Ru, _ => t.En };
                yield return new Resolution
                {
                    Symbol = symbol,
                    Language = language,
                    Session = session,
                    AdoptionDate = date,
                    Title = $"Resolution {session}/{number}",
                    Paragraphs = clauses.Select(c => new Paragraph
                    {
                        Key = (c.Type == ClauseType.Preambular ? "pp" : "op") + c.Number,
                        Type = c.Type,
                        Number = c.Number,
                        Verb = Pick(c.Lead),
                        Text = Pick(c.Lead) + " " + Pick(c.Text),
                    }).ToList(),
                };
                produced += clauses.Count;
            }
        }
    }

    static (string, string, string) Body(Random random, (string En, string Fr, string Ru)[] sentences)
    {
        int count = random.Next(1, 4);
        var picked = Enumerable.Range(0, count).Select(_ => sentences[random.Next(sentences.Length)]).ToList();
        return (string.Join(" ", picked.Select(p => p.En)), string.Join(" ", picked.Select(p => p.Fr)), string.Join(" ", picked.Select(p => p.Ru)));
    }
}
