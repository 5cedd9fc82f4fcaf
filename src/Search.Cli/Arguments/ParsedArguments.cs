namespace Search.Cli.Arguments;

/// <summary>
/// Positional arguments and --options of one command. Options are declared per command, so a misspelt option
/// is an error with a message instead of being ignored.
/// </summary>
public sealed class ParsedArguments
{
    readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    public List<string> Positionals { get; } = [];

    public static ParsedArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags)
    {
        var parsed = new ParsedArguments();
        for (int i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--") { parsed.Positionals.AddRange(args.Skip(i + 1)); break; }
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2) { parsed.Positionals.Add(arg); continue; }
            var name = arg[2..];
            string? inline = null;
            var eq = name.IndexOf('=');
            if (eq >= 0) { inline = name[(eq + 1)..]; name = name[..eq]; }
            if (flags.Contains(name)) { parsed._options[name] = "true"; continue; }
            if (!valueOptions.Contains(name)) throw new UsageException($"unknown option --{name}");
            var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"--{name} needs a value"));
            parsed._options[name] = value;
        }
        return parsed;
    }

    public bool Flag(string name) => _options.ContainsKey(name);

    public string? Value(string name) => _options.GetValueOrDefault(name);

    public int? Int(string name, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = Value(name);
        if (text is null) return null;
        if (!int.TryParse(text, out var n) || n < min || n > max)
            throw new UsageException($"--{name} must be a whole number from {min} to {max}, not '{text}'");
        return n;
    }
}

public sealed class UsageException(string message) : Exception(message);
