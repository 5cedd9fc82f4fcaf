using Microsoft.Data.Sqlite;
using Search.Index.Storage;

namespace Search.Index.Tests.Support;

/// <summary>SQL run on a store's file from outside, to look at or disturb what the store wrote.</summary>
public static class StoreSql
{
    public static object? Run(ResolutionStore store, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={store.Path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    public static long Count(ResolutionStore store, string sql) => (long)Run(store, sql)!;
}
