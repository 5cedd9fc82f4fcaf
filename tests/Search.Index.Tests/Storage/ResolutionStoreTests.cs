using Microsoft.Data.Sqlite;
using Search.Index.Documents;
using Search.Index.Ingestion;
using Search.Index.Storage;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Storage;

public class ResolutionStoreTests
{
    static Resolution Sample(string symbol, string text, params string[] keys) => new()
    {
        Symbol = symbol,
        Language = "en",
        Session = 68,
        AdoptionDate = new DateOnly(2013, 12, 5),
        Paragraphs = keys.Select((k, i) => new Paragraph { Key = k, Type = ClauseType.Operative, Number = i + 1, Verb = "Urges", Text = text }).ToList(),
        Citations = ["A/RES/67/32"],
    };

    [Fact]
    public void Reingesting_a_version_replaces_it()
    {
        using var store = ResolutionStore.Open(TestPaths.NewTempDirectory());
        store.Replace([Sample("A/RES/68/30", "first", "op1", "op2")]);
        store.Replace([Sample("A/RES/68/30", "second", "op1")]);
        var r = store.Get("A/RES/68/30", "en")!;
        Assert.Equal("second", Assert.Single(r.Paragraphs).Text);
        Assert.Single(store.List());
        Assert.Equal(["A/RES/68/30"], store.CitedBy("A/RES/67/32"));
    }

    [Fact]
    public void A_batch_that_fails_midway_leaves_nothing_behind()
    {
        using var store = ResolutionStore.Open(TestPaths.NewTempDirectory());
        store.Replace([Sample("A/RES/1/1", "kept", "op1")]);
        // The second resolution repeats a clause key, which the schema forbids: the whole batch must roll back.
        Assert.Throws<SqliteException>(() => store.Replace([Sample("A/RES/2/2", "new", "op1"), Sample("A/RES/3/3", "dup", "op1", "op1")]));
        Assert.Equal(["A/RES/1/1"], store.List().Select(r => r.Symbol));
        Assert.Null(store.Get("A/RES/2/2", "en"));
    }

    [Fact]
    public void Store_survives_reopening_and_reports_its_schema_version()
    {
        var dir = TestPaths.NewTempDirectory();
        using (var store = ResolutionStore.Open(dir))
            new Ingestor(store).Ingest([TestPaths.Corpus]);
        using (var reopened = ResolutionStore.Open(dir))
        {
            Assert.Equal(4, reopened.List().Count);
            Assert.Equal(80, reopened.ReadParagraphs().Count);
        }
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dir, ResolutionStore.FileName)};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA user_version";
        Assert.Equal((long)StoreSchema.CurrentVersion, (long)cmd.ExecuteScalar()!);
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string)cmd.ExecuteScalar()!);
    }

    [Fact]
    public void A_store_from_a_newer_version_is_refused()
    {
        var dir = TestPaths.NewTempDirectory();
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(dir, ResolutionStore.FileName)};Pooling=False"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99";
            cmd.ExecuteNonQuery();
        }
        var e = Assert.Throws<StoreException>(() => ResolutionStore.Open(dir));
        Assert.Contains("newer version", e.Message);
    }
}
