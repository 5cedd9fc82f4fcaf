namespace Search.Index.Storage;

/// <summary>What query suggestions are made from: the lead verbs the clauses open with, and how often.</summary>
public sealed partial class ResolutionStore
{
    public IReadOnlyList<(string Verb, int Clauses)> LeadVerbs()
    {
        lock (_gate)
        {
            using var cmd = Command(null, "SELECT verb, count(*) FROM paragraphs WHERE verb <> '' GROUP BY verb");
            using var reader = cmd.ExecuteReader();
            var list = new List<(string, int)>();
            while (reader.Read()) list.Add((reader.GetString(0), reader.GetInt32(1)));
            return list;
        }
    }

    /// <summary>The text of at most <paramref name="limit"/> paragraphs, in storage order: a sample of the vocabulary.</summary>
    public IReadOnlyList<string> ParagraphTextSample(int limit)
    {
        lock (_gate)
        {
            return Strings("SELECT text FROM paragraphs LIMIT $n", ("$n", limit));
        }
    }
}
