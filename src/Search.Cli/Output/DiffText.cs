using Search.Index.Semantics;

namespace Search.Cli.Output;

public static class DiffText
{
    /// <summary>Removed words in [-...-], added words in {+...+}, as word-diff tools write them.</summary>
    public static string Render(IReadOnlyList<DiffPart> diff) => string.Join(" ", diff.Select(p => p.Kind switch
    {
        DiffKind.Removed => $"[-{p.Text}-]",
        DiffKind.Added => $"{{+{p.Text}+}}",
        _ => p.Text,
    }));
}
