using Microsoft.Data.Sqlite;

namespace Search.Index.Storage;

/// <summary>
/// The store's tables and their version. A store written by a newer version is refused rather than guessed at;
/// an older one is migrated step by step.
/// </summary>
internal static class StoreSchema
{
    public const int CurrentVersion = 7;

    static readonly string[] Migrations =
    [
        // 1: resolutions, their paragraphs, footnotes and citations
        """
        CREATE TABLE resolutions (
            id INTEGER PRIMARY KEY,
            symbol TEXT NOT NULL,
            language TEXT NOT NULL,
            body TEXT NOT NULL,
            session INTEGER,
            title TEXT,
            adopted TEXT,
            year INTEGER,
            agenda_item TEXT,
            committee TEXT,
            committee_report TEXT,
            meeting TEXT,
            source_path TEXT,
            source_format TEXT,
            ingested_at TEXT NOT NULL,
            UNIQUE (symbol, language)
        );
        CREATE TABLE paragraphs (
            resolution_id INTEGER NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            key TEXT NOT NULL,
            type TEXT NOT NULL,
            number INTEGER NOT NULL,
            verb TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (resolution_id, key)
        );
        CREATE TABLE footnotes (
            resolution_id INTEGER NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            marker TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE TABLE citations (
            resolution_id INTEGER NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            cited_symbol TEXT NOT NULL
        );
        CREATE INDEX citations_cited ON citations(cited_symbol);
        CREATE TABLE store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO store_info VALUES ('generation', '0');
        """,
        // 2: paragraphs readable in document order without sorting, for fast index builds
        """
        CREATE INDEX paragraphs_in_order ON paragraphs(resolution_id, ordinal);
        """,
        // 3: embeddings by model and text hash, so that an unchanged paragraph is never sent to a model twice
        """
        CREATE TABLE embeddings (model TEXT NOT NULL, text_hash TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (model, text_hash)) WITHOUT ROWID;
        """,
        // 4: aligned text imported to teach the local model translations (not searched)
        """
        CREATE TABLE parallel_texts (source TEXT NOT NULL, ordinal INTEGER NOT NULL, language TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (source, ordinal, language));
        """,
        // 5: the trained local model, so that a restart on an unchanged corpus does not train it again
        """
        CREATE TABLE models (id TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
        """,
        // 6: each resolution's paragraph text size in UTF-8, so that an index build sizes its text array up front
        """
        ALTER TABLE resolutions ADD COLUMN text_bytes INTEGER NOT NULL DEFAULT 0;
        UPDATE resolutions SET text_bytes = (SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM paragraphs WHERE resolution_id = resolutions.id);
        """,
        // 7: which resolution versions each commit wrote, so that an index can catch up by document instead of
        // being rebuilt; an index older than the log's start is rebuilt
        """
        CREATE TABLE changes (generation INTEGER NOT NULL, symbol TEXT NOT NULL, language TEXT NOT NULL);
        CREATE INDEX changes_by_generation ON changes(generation);
        INSERT INTO store_info VALUES ('changes_from', (SELECT value FROM store_info WHERE key = 'generation'));
        """,
    ];

    public static void Migrate(SqliteConnection connection)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"));
        if (version > CurrentVersion)
            throw new StoreException($"the store was written by a newer version (schema {version}, this program knows {CurrentVersion})");
        for (int v = version; v < CurrentVersion; v++)
        {
            using var tx = connection.BeginTransaction();
            using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = Migrations[v] + $"; PRAGMA user_version = {v + 1};";
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    static object? Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}

public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
