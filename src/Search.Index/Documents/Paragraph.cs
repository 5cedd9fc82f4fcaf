namespace Search.Index.Documents;

/// <summary>A preambular or operative paragraph: the unit that is searched.</summary>
public sealed record Paragraph
{
    /// <summary>"pp{n}", "op{n}" or "an{n}"; the same key in two languages of one symbol is the same clause.</summary>
    public required string Key { get; init; }
    public required ClauseType Type { get; init; }
    /// <summary>Operative number as printed; the ordinal for preambular and annex paragraphs.</summary>
    public required int Number { get; init; }
    /// <summary>The lead verb phrase exactly as written ("Demande instamment"), or empty when none was found.</summary>
    public string Verb { get; init; } = "";
    public required string Text { get; init; }

    public static string IdOf(string symbol, string language, string key) => $"{symbol}:{language}:{key}";
}

public enum ClauseType { Preambular, Operative, Annex }

public static class ClauseTypeNames
{
    public static string ToName(this ClauseType type) => type switch
    {
        ClauseType.Preambular => "preambular",
        ClauseType.Operative => "operative",
        _ => "annex",
    };

    public static string KeyPrefix(this ClauseType type) => type switch
    {
        ClauseType.Preambular => "pp",
        ClauseType.Operative => "op",
        _ => "an",
    };

    public static bool TryParse(string? name, out ClauseType type)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "preambular" or "pp" or "preamble": type = ClauseType.Preambular; return true;
            case "operative" or "op": type = ClauseType.Operative; return true;
            case "annex" or "an": type = ClauseType.Annex; return true;
            default: type = default; return false;
        }
    }
}
