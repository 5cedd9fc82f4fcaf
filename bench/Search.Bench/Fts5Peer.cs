using Search.Index.Analysis;
using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Search.Index.Paragraphs;

namespace Search.Bench;

/// <summary>
/// The peer: SQLite FTS5 with an external-content table over the same paragraphs, each stored as the terms our
/// analyzers produce (so both engines match the same stems), queried for the top 10 by bm25() plus the total.
/// </summary>
public sealed class Fts5Peer : IDisposable
{
    readonly SqliteConnection _connection;

    Fts5Peer(SqliteConnection connection) => _connection = connection;

    public static (Fts5Peer Peer, TimeSpan BuildTime) Build(ParagraphSnapshot snapshot, ITermSource analysis, string directory)
    {
        var path = Path.Combine(directory, "fts5.db");
        if (File.Exists(path)) File.Delete(path);
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        Execute(connection, """
            CREATE TABLE docs (id INTEGER PRIMARY KEY, lang TEXT, year INTEGER, type TEXT, terms TEXT);
            CREATE INDEX docs_year ON docs(year, lang);
            CREATE VIRTUAL TABLE fts USING fts5(terms, content='docs', content_rowid='id', tokenize='unicode61 remove_diacritics 0');
            """);
        var clock = Stopwatch.StartNew();
        var docs = snapshot.Documents;
        using (var tx = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO docs VALUES ($id, $lang, $year, $type, $terms)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var lang = insert.Parameters.Add("$lang", SqliteType.Text);
            var year = insert.Parameters.Add("$year", SqliteType.Integer);
            var type = insert.Parameters.Add("$type", SqliteType.Text);
            var terms = insert.Parameters.Add("$terms", SqliteType.Text);
            var buffer = new StringBuilder();
            for (int d = 0; d < docs.Count; d++)
            {
                buffer.Clear();
                analysis.Analyze(docs.Language(d), docs.Text(d), (term, _, _, _) => buffer.Append(term.Replace('/', '_')).Append(' '));
                id.Value = d;
                lang.Value = docs.Language(d);
                year.Value = (int)docs.Years[d];
                type.Value = global::Search.Index.Documents.ClauseTypeNames.ToName(docs.Type(d));
                terms.Value = buffer.ToString();
                insert.ExecuteNonQuery();
            }
            tx.Commit();
        }
        Execute(connection, "INSERT INTO fts(fts) VALUES('rebuild');");
        return (new Fts5Peer(connection), clock.Elapsed);
    }

    /// <summary>Top 10 ids and the total for an FTS5 match expression, optionally restricted by year range, type and language.</summary>
    public (int Total, List<long> Top) Search(string? match, (int From, int To)? years, string? type, string? language)
    {
        var where = new List<string>();
        if (match is not null) where.Add("fts MATCH $match");
        if (years is not null) where.Add("d.year BETWEEN $from AND $to");
        if (type is not null) where.Add("d.type = $type");
        if (language is not null) where.Add("d.lang = $lang");
        var from = match is not null ? "fts JOIN docs d ON d.id = fts.rowid" : "docs d";
        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        var order = match is not null ? "ORDER BY fts.rank" : "ORDER BY d.year DESC, d.id";

        using var top = _connection.CreateCommand();
        top.CommandText = $"SELECT d.id FROM {from} {filter} {order} LIMIT 10";
        using var count = _connection.CreateCommand();
        count.CommandText = $"SELECT count(*) FROM {from} {filter}";
        foreach (var cmd in new[] { top, count })
        {
            if (match is not null) cmd.Parameters.AddWithValue("$match", match);
            if (years is { } y) { cmd.Parameters.AddWithValue("$from", y.From); cmd.Parameters.AddWithValue("$to", y.To); }
            if (type is not null) cmd.Parameters.AddWithValue("$type", type);
            if (language is not null) cmd.Parameters.AddWithValue("$lang", language);
        }
        var ids = new List<long>();
        using (var reader = top.ExecuteReader()) while (reader.Read()) ids.Add(reader.GetInt64(0));
        return (Convert.ToInt32(count.ExecuteScalar()), ids);
    }

    static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
