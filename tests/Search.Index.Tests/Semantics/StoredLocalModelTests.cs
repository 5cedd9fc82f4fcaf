using Microsoft.Extensions.Logging;
using Search.Index.Analysis;
using Search.Index.Ingestion;
using Search.Index.Searching;
using Search.Index.Semantics;
using Search.Index.Storage;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Semantics;

/// <summary>The local model and its vectors are kept in the store, found again by what they were trained on.</summary>
public class StoredLocalModelTests
{
    static (ResolutionStore Store, SearchEngine Engine) Seeds(params string[] files)
    {
        var directory = TestPaths.NewTempDirectory();
        var store = ResolutionStore.Open(directory);
        new Ingestor(store).Ingest(files.Length == 0 ? [TestPaths.Corpus] : files.Select(f => Path.Combine(TestPaths.Corpus, f)));
        var engine = new SearchEngine(UnAnalysis.Instance);
        engine.Rebuild(store);
        return (store, engine);
    }

    [Fact]
    public void The_model_and_one_vector_per_language_and_text_are_stored()
    {
        var (store, engine) = Seeds();
        using var _ = store;
        var semantic = engine.Semantic;
        var docs = semantic.Snapshot.Documents;
        int distinct = Enumerable.Range(0, docs.Count).Select(d => (docs.Language(d), docs.Text(d))).Distinct().Count();
        Assert.True(distinct < docs.Count); // clauses unchanged between 2012 and 2013 are one vector
        Assert.Equal(1, StoreSql.Count(store, "SELECT count(*) FROM models"));
        Assert.Equal(distinct, StoreSql.Count(store, $"SELECT count(*) FROM embeddings WHERE model = '{semantic.ModelId}'"));
    }

    [Fact]
    public void A_stored_model_is_used_instead_of_training_again()
    {
        var (store, engine) = Seeds();
        using var _ = store;
        var first = engine.Semantic;
        // Put a recognisably different model under the same id: a fresh engine must take it rather than train.
        var model = first.Model!;
        var altered = new CrossLingualLsi { Id = model.Id, Dimensions = model.Dimensions, Terms = model.Terms, Idf = model.Idf,
            TermVectors = model.TermVectors.Select((v, i) => i % model.Dimensions == 0 ? v + 1 : v).ToArray() };
        store.SaveModel(model.Id, LsiModelFormat.Write(altered), LsiTrainer.Family);
        StoreSql.Run(store, "DELETE FROM embeddings");

        var again = new SearchEngine(UnAnalysis.Instance);
        again.Rebuild(store);
        var second = again.Semantic;
        Assert.Equal(model.Id, second.ModelId);
        Assert.Equal(altered.TermVectors, second.Model!.TermVectors);
        Assert.NotEqual(first.Vectors.Vector(0).ToArray(), second.Vectors.Vector(0).ToArray());
    }

    [Fact]
    public void Stored_vectors_are_read_not_computed_again()
    {
        var (store, engine) = Seeds();
        using var _ = store;
        var first = engine.Semantic;
        var docs = first.Snapshot.Documents;
        var marker = new float[first.Vectors.Dimensions];
        marker[0] = 1;
        store.SaveEmbeddings(first.ModelId, [(StoredVectors.Key(docs.Text(5), docs.Language(5)), marker)]);

        var again = new SearchEngine(UnAnalysis.Instance);
        again.Rebuild(store);
        Assert.Equal(marker, again.Semantic.Vectors.Vector(5).ToArray());
        Assert.Equal(first.Vectors.Vector(6).ToArray(), again.Semantic.Vectors.Vector(6).ToArray());
    }

    [Fact]
    public void A_changed_corpus_trains_a_new_model_and_drops_the_old_one()
    {
        var (store, engine) = Seeds("A_RES_68_30-en.md", "A_RES_68_30-fr.md");
        using var _ = store;
        var before = engine.Semantic.ModelId;
        new Ingestor(store).Ingest([Path.Combine(TestPaths.Corpus, "A_RES_67_32-en.md")]);
        engine.Refresh();
        var after = engine.Semantic.ModelId;
        Assert.NotEqual(before, after);
        Assert.Equal(1, StoreSql.Count(store, "SELECT count(*) FROM models"));
        Assert.Equal(0, StoreSql.Count(store, $"SELECT count(*) FROM embeddings WHERE model <> '{after}'"));
    }

    [Fact]
    public void A_damaged_model_is_not_trusted()
    {
        var (store, engine) = Seeds();
        using var _ = store;
        var model = engine.Semantic.Model!;
        var bytes = LsiModelFormat.Write(model);
        var read = LsiModelFormat.TryRead(bytes, model.Id)!;
        Assert.Equal(model.TermVectors, read.TermVectors);
        Assert.Equal(model.Terms, read.Terms);
        Assert.Null(LsiModelFormat.TryRead(bytes, "local-lsi-64-other"));
        Assert.Null(LsiModelFormat.TryRead(bytes[..^4], model.Id));
        Assert.Null(LsiModelFormat.TryRead([.. bytes, 0], model.Id));
        Assert.Null(LsiModelFormat.TryRead([1, 2, 3], model.Id));

        store.SaveModel(model.Id, bytes[..(bytes.Length / 2)], LsiTrainer.Family);
        var log = new RecordingLogger();
        var again = new SearchEngine(UnAnalysis.Instance) { Logger = log };
        again.Rebuild(store);
        Assert.Equal(model.TermVectors, again.Semantic.Model!.TermVectors); // trained again, same as before
        var warning = Assert.Single(log.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains($"model {model.Id} is damaged", warning.Message);
    }

    [Fact]
    public void A_sound_stored_model_is_read_without_a_warning()
    {
        var (store, engine) = Seeds();
        using var opened = store;
        Assert.NotNull(engine.Semantic.Model);
        var log = new RecordingLogger();
        var again = new SearchEngine(UnAnalysis.Instance) { Logger = log };
        again.Rebuild(store);
        Assert.NotNull(again.Semantic.Model);
        Assert.Empty(log.Entries);
    }

    sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
