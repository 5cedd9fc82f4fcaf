namespace Search.Index.Storage;

/// <summary>
/// The change log: each commit records the resolution versions it wrote under its generation, so an index built
/// at an older generation can bring itself up to date by replacing just those versions. Another process may
/// write the store (the CLI while the web app runs); the log is how the index's owner learns what changed.
/// </summary>
public sealed partial class ResolutionStore
{
    void LogChanges(Microsoft.Data.Sqlite.SqliteTransaction tx, IEnumerable<(string Symbol, string Language)> versions)
    {
        using var cmd = Command(tx, "INSERT INTO changes SELECT CAST(value AS INTEGER), $s, $l FROM store_info WHERE key = 'generation'");
        foreach (var (symbol, language) in versions.Distinct())
        {
            Bind(cmd, ("$s", symbol), ("$l", language));
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// The store's generation and the resolution versions written after <paramref name="generation"/>, read in one
    /// transaction so that the two agree; null when the log does not reach back that far (rebuild instead).
    /// </summary>
    public (long Generation, IReadOnlyList<(string Symbol, string Language)> Versions)? ChangesSince(long generation)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction(deferred: true);
            long current = Convert.ToInt64(Scalar(tx, "SELECT value FROM store_info WHERE key = 'generation'"));
            long from = Convert.ToInt64(Scalar(tx, "SELECT value FROM store_info WHERE key = 'changes_from'"));
            if (generation < from || generation > current) return null;
            var versions = new List<(string, string)>();
            using (var cmd = Command(tx, "SELECT DISTINCT symbol, language FROM changes WHERE generation > $g AND generation <= $c ORDER BY symbol, language",
                       ("$g", generation), ("$c", current)))
            using (var reader = cmd.ExecuteReader())
                while (reader.Read()) versions.Add((reader.GetString(0), reader.GetString(1)));
            return (current, versions);
        }
    }

    /// <summary>How many paragraphs the store holds: what a consistent index holds at the store's generation.</summary>
    public long ParagraphCount()
    {
        lock (_gate) return Convert.ToInt64(Scalar("SELECT count(*) FROM paragraphs"));
    }
}
