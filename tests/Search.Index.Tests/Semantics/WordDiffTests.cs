using Search.Index.Semantics;
using Search.Index.Storage;
using Search.Index.Ingestion;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Semantics;

/// <summary>The word diff is a shortest edit: it gives back both texts and keeps as many words as their longest common subsequence.</summary>
public class WordDiffTests
{
    static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The length of the longest common subsequence, by the textbook recurrence, kept apart from the code under test.</summary>
    static int CommonLength(string[] a, string[] b)
    {
        var row = new int[b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            int diagonal = 0;
            for (int j = b.Length - 1; j >= 0; j--)
            {
                int kept = row[j];
                row[j] = a[i] == b[j] ? diagonal + 1 : Math.Max(row[j], row[j + 1]);
                diagonal = kept;
            }
        }
        return row[0];
    }

    [Fact]
    public void Every_pair_of_seed_clauses_gives_back_both_texts_with_the_fewest_changes()
    {
        using var store = ResolutionStore.Open(TestPaths.NewTempDirectory());
        new Ingestor(store).Ingest([TestPaths.Corpus]);
        var texts = store.GetVersions("A/RES/68/30").Concat(store.GetVersions("A/RES/67/32"))
            .Where(v => v.Language == "en").SelectMany(v => v.Paragraphs.Select(p => p.Text)).ToList();
        Assert.True(texts.Count > 30);
        foreach (var before in texts.Take(20))
            foreach (var after in texts)
            {
                var diff = WordDiff.Compare(before, after);
                Assert.Equal(Words(before), diff.Where(p => p.Kind != DiffKind.Added).SelectMany(p => Words(p.Text)));
                Assert.Equal(Words(after), diff.Where(p => p.Kind != DiffKind.Removed).SelectMany(p => Words(p.Text)));
                Assert.Equal(CommonLength(Words(before), Words(after)), diff.Where(p => p.Kind == DiffKind.Same).Sum(p => Words(p.Text).Length));
            }
    }

    [Fact]
    public void Replaced_words_are_shown_removed_then_added()
    {
        Assert.Equal(
            [new DiffPart(DiffKind.Same, "Urges"), new DiffPart(DiffKind.Removed, "all States"), new DiffPart(DiffKind.Added, "the one remaining State"), new DiffPart(DiffKind.Same, "to accede")],
            WordDiff.Compare("Urges all States to accede", "Urges the one remaining State to accede"));
    }
}
