using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Search.Index.Storage;

/// <summary>
/// Read-only connections to the store for the reads every search page makes, one a concurrent reader: SQLite in
/// WAL mode lets readers run side by side, where the store's own connection would take them one at a time. Each
/// keeps its statements prepared, since a page asks the same few questions with other values.
/// </summary>
internal sealed class ReaderConnections(string path) : IDisposable
{
    readonly ConcurrentBag<Reader> _idle = [];
    readonly ConcurrentBag<Reader> _all = [];

    public T Read<T>(Func<Reader, T> read)
    {
        if (!_idle.TryTake(out var reader))
        {
            reader = new Reader(path);
            _all.Add(reader);
        }
        try { return read(reader); }
        finally { _idle.Add(reader); }
    }

    public void Dispose()
    {
        foreach (var reader in _all) reader.Dispose();
    }

    internal sealed class Reader : IDisposable
    {
        readonly SqliteConnection _connection;
        readonly Dictionary<string, SqliteCommand> _prepared = [];

        public Reader(string path)
        {
            _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            _connection.Open();
            using var pragma = _connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA cache_size = -4096;";
            pragma.ExecuteNonQuery();
        }

        /// <summary>The statement for this text, prepared on first use, its parameters named as given.</summary>
        public SqliteCommand Command(string sql, params string[] parameters)
        {
            if (_prepared.TryGetValue(sql, out var command)) return command;
            command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters) command.Parameters.Add(new SqliteParameter(name, ""));
            command.Prepare();
            return _prepared[sql] = command;
        }

        public void Dispose()
        {
            foreach (var command in _prepared.Values) command.Dispose();
            _connection.Dispose();
        }
    }
}
