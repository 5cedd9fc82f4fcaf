using System.Text.Json;
using System.Text.Json.Serialization;

namespace Search.Index.Application;

/// <summary>How results are written as JSON wherever they leave the process (API, CLI): enums by name ("changed"), names in camelCase.</summary>
public static class JsonOutput
{
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        return options;
    }
}
