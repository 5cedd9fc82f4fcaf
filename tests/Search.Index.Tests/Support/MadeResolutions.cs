using System.Text.Json;

namespace Search.Index.Tests.Support;

/// <summary>Small resolutions written for a test as JSON Lines records, when what matters is their metadata or a word in them.</summary>
public static class MadeResolutions
{
    public sealed record Made(string Symbol, string Date, string Operative, string Language = "en", int Session = 68, string Title = "Made for a test");

    /// <summary>One file holding every resolution given; returns its path.</summary>
    public static string Write(string directory, string name, params Made[] resolutions)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".jsonl");
        File.WriteAllLines(path, resolutions.Select(r => JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["symbol"] = r.Symbol,
            ["lang"] = r.Language,
            ["date_adopted"] = r.Date,
            ["session"] = r.Session,
            ["title"] = r.Title,
            ["text"] = r.Language switch
            {
                "fr" => $"L'Assemblée générale,\n\nRappelant ses résolutions antérieures sur la question,\n\n1. {r.Operative};\n\n2. Décide de rester saisie de la question.\n",
                _ => $"The General Assembly,\n\nRecalling its previous resolutions on the question,\n\n1. {r.Operative};\n\n2. Decides to remain seized of the matter.\n",
            },
        })));
        return path;
    }
}
