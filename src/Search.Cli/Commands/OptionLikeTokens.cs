using System.CommandLine;
using System.CommandLine.Parsing;

namespace Search.Cli.Commands;

/// <summary>
/// A positional argument would otherwise take a misspelt option (--indx) as a file name or a query; a token that
/// starts with -- is refused with the command's nearest option named. (A single dash stays a query's exclusion: -Nairobi.)
/// </summary>
public static class OptionLikeTokens
{
    public static T RefuseOptionLikeTokens<T>(this T argument, Func<Command> command) where T : Argument
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value).Where(v => v.StartsWith("--", StringComparison.Ordinal) && v.Length > 2))
            {
                var name = token.Split('=')[0];
                var nearest = Nearest(name, command().Options.Concat(AllRecursive(result)).Select(o => o.Name));
                result.AddError(nearest is null ? $"unknown option {name}" : $"unknown option {name}; did you mean {nearest}?");
            }
        });
        return argument;
    }

    static IEnumerable<Option> AllRecursive(SymbolResult result)
    {
        for (var parent = result.Parent; parent is not null; parent = parent.Parent)
            if (parent is CommandResult c)
                foreach (var o in c.Command.Options.Where(o => o.Recursive)) yield return o;
    }

    static string? Nearest(string typed, IEnumerable<string> names) =>
        names.Select(n => (Name: n, Distance: Distance(typed, n))).Where(n => n.Distance <= 2).OrderBy(n => n.Distance).Select(n => n.Name).FirstOrDefault();

    /// <summary>Edits (insert, delete, replace, swap of neighbours) from one name to the other.</summary>
    static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
