using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Search.Index.Application;

namespace Search.Cli.Output;

public static class Json
{
    public static readonly JsonSerializerOptions Options = JsonOutput.Configure(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    });

    public static void Write(TextWriter output, object value) => output.WriteLine(JsonSerializer.Serialize(value, Options));
}
