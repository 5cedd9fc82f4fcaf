namespace Search.Web.Startup;

/// <summary>Configuration section "Search" (appsettings.json, or environment variables such as Search__IndexPath).</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>The folder of resolutions ingested on first start when the store is empty.</summary>
    public string CorpusPath { get; set; } = "corpus";

    /// <summary>Where the store (and index) live.</summary>
    public string IndexPath { get; set; } = "data";

    /// <summary>How often the store is looked at for resolutions another process added (milliseconds).</summary>
    public int StorePollMilliseconds { get; set; } = 250;

    /// <summary>Memory for whole answers kept for the URLs asked again (see <see cref="ResponseCache"/>); 0 keeps none.</summary>
    public int ResponseCacheMegabytes { get; set; } = DefaultResponseCacheMegabytes;
    public const int DefaultResponseCacheMegabytes = 256;

    /// <summary>An OpenAI-compatible embeddings endpoint (e.g. http://127.0.0.1:8080/v1); empty for the local model.</summary>
    public string? EmbeddingEndpoint { get; set; }
    public string EmbeddingModel { get; set; } = "text-embedding-3-small";
    public string? EmbeddingApiKey { get; set; }

    /// <summary>The external embedding service when an absolute endpoint is configured; null for the local model.</summary>
    public Search.Index.Semantics.EmbeddingEndpointOptions? EmbeddingService() =>
        Uri.TryCreate(EmbeddingEndpoint, UriKind.Absolute, out var endpoint)
            ? new() { Endpoint = endpoint, Model = EmbeddingModel, ApiKey = string.IsNullOrEmpty(EmbeddingApiKey) ? "none" : EmbeddingApiKey }
            : null;
}
