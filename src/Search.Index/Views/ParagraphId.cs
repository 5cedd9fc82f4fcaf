using Search.Index.Documents;

namespace Search.Index.Views;

/// <summary>"{symbol}:{lang}:{key}", e.g. A/RES/68/30:fr:op3.</summary>
public readonly record struct ParagraphId(string Symbol, string Language, string Key)
{
    public static bool TryParse(string? text, out ParagraphId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split(':');
        if (parts.Length != 3) return false;
        var symbol = Symbols.Normalize(parts[0]);
        var language = parts[1].Trim().ToLowerInvariant();
        var key = parts[2].Trim().ToLowerInvariant();
        if (symbol is null || language.Length != 2 || key.Length < 3) return false;
        id = new ParagraphId(symbol, language, key);
        return true;
    }

    public override string ToString() => $"{Symbol}:{Language}:{Key}";
}
