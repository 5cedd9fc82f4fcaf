using System.Globalization;
using Microsoft.Data.Sqlite;
using Search.Index.Documents;

namespace Search.Index.Storage;

/// <summary>
/// The durable source of truth: every resolution version ingested, in SQLite (WAL). A batch of resolutions is
/// written in one transaction, so a file lands whole or not at all; writing a (symbol, language) again replaces it.
/// </summary>
public sealed partial class ResolutionStore : IDisposable
{
    public const string FileName = "store.db";
    readonly SqliteConnection _connection;
    readonly Lock _gate = new();

    readonly ReaderConnections _readers;

    ResolutionStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
        _readers = new ReaderConnections(path);
    }

    public string Path { get; }

    public static ResolutionStore Open(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var path = System.IO.Path.Combine(directory, FileName);
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;");
            StoreSchema.Migrate(connection);
            return new ResolutionStore(connection, path);
        }
        catch (SqliteException e)
        {
            throw new StoreException($"cannot open the store in '{directory}': {e.Message}", e);
        }
    }

    /// <summary>The number of commits so far; an index built at an older generation is stale.</summary>
    public long Generation
    {
        get { lock (_gate) return Convert.ToInt64(Scalar("SELECT value FROM store_info WHERE key = 'generation'")); }
    }

    public void Replace(IReadOnlyCollection<Resolution> resolutions)
    {
        if (resolutions.Count == 0) return;
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            foreach (var r in resolutions) Write(tx, r);
            Run(tx, "UPDATE store_info SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");
            LogChanges(tx, resolutions.Select(r => (r.Symbol, r.Language)));
            tx.Commit();
        }
    }

    void Write(SqliteTransaction tx, Resolution r)
    {
        Run(tx, "DELETE FROM resolutions WHERE symbol = $s AND language = $l", ("$s", r.Symbol), ("$l", r.Language));
        var id = Convert.ToInt64(Scalar(tx, """
            INSERT INTO resolutions (symbol, language, body, session, title, adopted, year, agenda_item, committee, committee_report, meeting, source_path, source_format, ingested_at, text_bytes)
            VALUES ($symbol, $language, $body, $session, $title, $adopted, $year, $agenda, $committee, $report, $meeting, $path, $format, $now, $bytes)
            RETURNING id
            """,
            ("$symbol", r.Symbol), ("$language", r.Language), ("$body", r.Body.ToCode()), ("$session", r.Session),
            ("$title", r.Title), ("$adopted", r.AdoptionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$year", r.Year),
            ("$agenda", r.AgendaItem), ("$committee", r.Committee), ("$report", r.CommitteeReport), ("$meeting", r.Meeting),
            ("$path", r.SourcePath), ("$format", r.SourceFormat), ("$now", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
            ("$bytes", r.Paragraphs.Sum(p => (long)System.Text.Encoding.UTF8.GetByteCount(p.Text)))));

        using (var cmd = Command(tx, "INSERT INTO paragraphs VALUES ($id, $ordinal, $key, $type, $number, $verb, $text)"))
        {
            for (int i = 0; i < r.Paragraphs.Count; i++)
            {
                var p = r.Paragraphs[i];
                Bind(cmd, ("$id", id), ("$ordinal", i), ("$key", p.Key), ("$type", p.Type.ToName()), ("$number", p.Number), ("$verb", p.Verb), ("$text", p.Text));
                cmd.ExecuteNonQuery();
            }
        }
        using (var cmd = Command(tx, "INSERT INTO footnotes VALUES ($id, $ordinal, $marker, $text)"))
        {
            for (int i = 0; i < r.Footnotes.Count; i++)
            {
                Bind(cmd, ("$id", id), ("$ordinal", i), ("$marker", r.Footnotes[i].Marker), ("$text", r.Footnotes[i].Text));
                cmd.ExecuteNonQuery();
            }
        }
        using (var cmd = Command(tx, "INSERT INTO citations VALUES ($id, $ordinal, $cited)"))
        {
            for (int i = 0; i < r.Citations.Count; i++)
            {
                Bind(cmd, ("$id", id), ("$ordinal", i), ("$cited", r.Citations[i]));
                cmd.ExecuteNonQuery();
            }
        }
    }

    /// <summary>Every language version held of a symbol, in language order.</summary>
    public IReadOnlyList<Resolution> GetVersions(string symbol)
    {
        lock (_gate)
        {
            var headers = ReadResolutions("WHERE symbol = $s ORDER BY language", ("$s", symbol));
            return headers.Select(h => h.Resolution with
            {
                Paragraphs = ReadParagraphs(h.Id),
                Footnotes = ReadFootnotes(h.Id),
                Citations = ReadCitations(h.Id),
            }).ToList();
        }
    }

    public Resolution? Get(string symbol, string language) => GetVersions(symbol).FirstOrDefault(r => r.Language == language);

    /// <summary>Symbols of the resolutions that cite this one.</summary>
    public IReadOnlyList<string> CitedBy(string symbol)
    {
        lock (_gate)
        {
            return Strings("SELECT DISTINCT r.symbol FROM citations c JOIN resolutions r ON r.id = c.resolution_id WHERE c.cited_symbol = $s ORDER BY r.symbol", ("$s", symbol));
        }
    }

    public IReadOnlyList<(string Symbol, string Language, string? Title, int Paragraphs)> List()
    {
        lock (_gate)
        {
            using var cmd = Command(null, "SELECT r.symbol, r.language, r.title, (SELECT COUNT(*) FROM paragraphs p WHERE p.resolution_id = r.id) FROM resolutions r ORDER BY r.symbol, r.language");
            using var reader = cmd.ExecuteReader();
            var list = new List<(string, string, string?, int)>();
            while (reader.Read()) list.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt32(3)));
            return list;
        }
    }

    /// <summary>Replaces the aligned text imported from one source (a file): groups of translations of one sentence.</summary>
    public void ReplaceParallelTexts(string source, IReadOnlyList<IReadOnlyDictionary<string, string>> groups)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            Run(tx, "DELETE FROM parallel_texts WHERE source = $s", ("$s", source));
            using var cmd = Command(tx, "INSERT INTO parallel_texts VALUES ($s, $o, $l, $t)", ("$s", source), ("$o", 0), ("$l", ""), ("$t", ""));
            for (int i = 0; i < groups.Count; i++)
                foreach (var (language, text) in groups[i])
                {
                    Bind(cmd, ("$o", i), ("$l", language), ("$t", text));
                    cmd.ExecuteNonQuery();
                }
            // No searchable paragraph changed, but the semantic model trained on this text is derived data too.
            Run(tx, "UPDATE store_info SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");
            tx.Commit();
        }
    }

    /// <summary>All imported aligned text, one list of (language, text) a sentence group, in a stable order.</summary>
    public IReadOnlyList<IReadOnlyList<(string Language, string Text)>> ReadParallelTexts()
    {
        lock (_gate)
        {
            using var cmd = Command(null, "SELECT source, ordinal, language, text FROM parallel_texts ORDER BY source, ordinal, language");
            using var reader = cmd.ExecuteReader();
            var groups = new List<IReadOnlyList<(string, string)>>();
            (string, long)? current = null;
            List<(string, string)>? group = null;
            while (reader.Read())
            {
                var key = (reader.GetString(0), reader.GetInt64(1));
                if (current != key) { group = []; groups.Add(group); current = key; }
                group!.Add((reader.GetString(2), reader.GetString(3)));
            }
            return groups;
        }
    }

    List<(long Id, Resolution Resolution)> ReadResolutions(string where, params (string, object?)[] parameters)
    {
        using var cmd = Command(null, "SELECT id, symbol, language, body, session, title, adopted, year, agenda_item, committee, committee_report, meeting, source_path, source_format FROM resolutions " + where, parameters);
        using var reader = cmd.ExecuteReader();
        var list = new List<(long, Resolution)>();
        while (reader.Read())
        {
            string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var adopted = S(6) is { } a ? DateOnly.ParseExact(a, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
            var year = reader.IsDBNull(7) ? (int?)null : reader.GetInt32(7);
            list.Add((reader.GetInt64(0), new Resolution
            {
                Symbol = reader.GetString(1),
                Language = reader.GetString(2),
                Body = ResolutionBodyNames.FromCode(reader.GetString(3)),
                Session = reader.IsDBNull(4) ? null : reader.GetInt32(4),
                Title = S(5),
                AdoptionDate = adopted,
                YearFromSymbol = adopted is null ? year : null,
                AgendaItem = S(8),
                Committee = S(9),
                CommitteeReport = S(10),
                Meeting = S(11),
                SourcePath = S(12),
                SourceFormat = S(13),
            }));
        }
        return list;
    }

    List<Paragraph> ReadParagraphs(long id)
    {
        using var cmd = Command(null, "SELECT key, type, number, verb, text FROM paragraphs WHERE resolution_id = $id ORDER BY ordinal", ("$id", id));
        using var reader = cmd.ExecuteReader();
        var list = new List<Paragraph>();
        while (reader.Read())
        {
            ClauseTypeNames.TryParse(reader.GetString(1), out var type);
            list.Add(new Paragraph { Key = reader.GetString(0), Type = type, Number = reader.GetInt32(2), Verb = reader.GetString(3), Text = reader.GetString(4) });
        }
        return list;
    }

    List<Footnote> ReadFootnotes(long id)
    {
        using var cmd = Command(null, "SELECT marker, text FROM footnotes WHERE resolution_id = $id ORDER BY ordinal", ("$id", id));
        using var reader = cmd.ExecuteReader();
        var list = new List<Footnote>();
        while (reader.Read()) list.Add(new Footnote(reader.GetString(0), reader.GetString(1)));
        return list;
    }

    List<string> ReadCitations(long id) =>
        Strings("SELECT cited_symbol FROM citations WHERE resolution_id = $id ORDER BY ordinal", ("$id", id));

    /// <summary>The first column of every row of a query that reads text; the caller holds the gate.</summary>
    List<string> Strings(string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(null, sql, parameters);
        using var reader = cmd.ExecuteReader();
        var list = new List<string>();
        while (reader.Read()) list.Add(reader.GetString(0));
        return list;
    }

    SqliteCommand Command(SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        Bind(cmd, parameters);
        return cmd;
    }

    static void Bind(SqliteCommand cmd, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            if (cmd.Parameters.Contains(name)) cmd.Parameters[name].Value = value ?? DBNull.Value;
            else cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    void Run(SqliteTransaction tx, string sql, params (string, object?)[] parameters)
    {
        using var cmd = Command(tx, sql, parameters);
        cmd.ExecuteNonQuery();
    }

    object? Scalar(SqliteTransaction tx, string sql, params (string, object?)[] parameters)
    {
        using var cmd = Command(tx, sql, parameters);
        return cmd.ExecuteScalar();
    }

    object? Scalar(string sql)
    {
        using var cmd = Command(null, sql);
        return cmd.ExecuteScalar();
    }

    static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _readers.Dispose();
        _connection.Dispose();
    }
}
