using System.Text.RegularExpressions;
using Search.Index.Tests.Support;

namespace Search.Index.Tests.Architecture;

/// <summary>The lower layers of the engine read nothing above them, as docs/ARCHITECTURE.md draws them.</summary>
public partial class LayerTests
{
    /// <summary>The namespaces of Search.Index each source file of a folder names, apart from its own.</summary>
    static IEnumerable<(string File, string Namespace)> References(string folder)
    {
        var root = Path.Combine(TestPaths.RepositoryRoot, "src", "Search.Index", folder);
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
            foreach (Match m in Referenced().Matches(File.ReadAllText(file)))
                if (m.Groups[1].Value != folder) yield return (Path.GetRelativePath(root, file), m.Groups[1].Value);
    }

    [Theory]
    [InlineData("Documents", new string[0])]
    [InlineData("Analysis", new[] { "Documents" })]
    [InlineData("Querying", new[] { "Documents" })]
    [InlineData("Storage", new[] { "Documents" })]
    [InlineData("Views", new[] { "Documents" })]
    public void A_layer_reads_only_the_layers_below_it(string layer, string[] below)
    {
        var upward = References(layer).Where(r => !below.Contains(r.Namespace)).Select(r => $"{r.File} reads {r.Namespace}").Distinct().ToList();
        Assert.True(upward.Count == 0, string.Join("\n", upward));
    }

    [GeneratedRegex(@"Search\.Index\.(\w+)")]
    private static partial Regex Referenced();
}
