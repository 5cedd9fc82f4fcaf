namespace Search.Index.Storage;

/// <summary>What a search hit shows of a paragraph beyond the index's columns: its text, lead verb as written, number and title.</summary>
public sealed record ParagraphDisplay(string Text, string Verb, int Number, string? Title);

/// <summary>
/// The keyword index keeps no text: the few paragraphs a page shows are read from the store, the source of
/// truth, by their (symbol, language, key), which the store finds through its unique and primary keys.
/// </summary>
public sealed partial class ResolutionStore
{
    /// <summary>Each paragraph asked for, or null where the store no longer holds it (replaced since the index was read).</summary>
    public IReadOnlyList<ParagraphDisplay?> ReadDisplays(IReadOnlyList<(string Symbol, string Language, string Key)> paragraphs)
    {
        var result = new ParagraphDisplay?[paragraphs.Count];
        if (paragraphs.Count == 0) return result;
        return _readers.Read(reader =>
        {
            var cmd = reader.Command("""
                SELECT p.text, p.verb, p.number, r.title FROM resolutions r JOIN paragraphs p ON p.resolution_id = r.id
                WHERE r.symbol = $s AND r.language = $l AND p.key = $k
                """, "$s", "$l", "$k");
            for (int i = 0; i < paragraphs.Count; i++)
            {
                (cmd.Parameters[0].Value, cmd.Parameters[1].Value, cmd.Parameters[2].Value) = paragraphs[i];
                using var found = cmd.ExecuteReader();
                if (found.Read())
                    result[i] = new ParagraphDisplay(found.GetString(0), found.GetString(1), found.GetInt32(2), found.IsDBNull(3) ? null : found.GetString(3));
            }
            return result;
        });
    }
}
