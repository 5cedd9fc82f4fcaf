namespace Search.Index.Documents;

/// <summary>The languages the engine analyses, stores and searches: one list for every layer and every shell.</summary>
public static class SupportedLanguages
{
    public static readonly IReadOnlyList<string> All = ["en", "fr", "ru"];

    /// <summary>The language shown or compared when none is asked for.</summary>
    public const string Default = "en";

    public static bool IsSupported(string? code) => code is not null && All.Contains(code);

    /// <summary>"en, fr, ru", for messages that say what may be asked for.</summary>
    public static string Listed => string.Join(", ", All);

    /// <summary>The language's own name, as a reader of it would look for it.</summary>
    public static string NameOf(string code) => code switch
    {
        "en" => "English",
        "fr" => "Français",
        "ru" => "Русский",
        _ => code,
    };
}
