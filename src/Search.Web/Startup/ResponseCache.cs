using Microsoft.AspNetCore.OutputCaching;
using Search.Index.Searching;

namespace Search.Web.Startup;

/// <summary>
/// Whole answers of the pages and the API kept in memory, found again by their URL and the snapshot they were
/// made from. All of a page's state is in its URL and every answer is a function of the searchable snapshot, so
/// an answer stays right until the index or the semantic model moves on; from then on its key is never asked for
/// again and it ages out. Bounded in bytes (Search:ResponseCacheMegabytes, 0 turns it off).
/// </summary>
public static class ResponseCache
{
    public static IServiceCollection AddSearchResponseCache(this IServiceCollection services, IConfiguration configuration)
    {
        long megabytes = Megabytes(configuration);
        if (megabytes <= 0) return services;
        return services.AddOutputCache(o =>
        {
            o.SizeLimit = megabytes * 1024 * 1024;
            o.MaximumBodySize = 4 * 1024 * 1024;
            o.AddBasePolicy(new SnapshotPolicy());
        });
    }

    public static IApplicationBuilder UseSearchResponseCache(this IApplicationBuilder app, IConfiguration configuration)
    {
        if (Megabytes(configuration) <= 0) return app;
        // The cache writes header values it knows by name in their usual case, so "blazor-enhanced-nav: allow"
        // comes back as "Allow", which the framework's script does not take for permission and reloads the
        // whole document instead of enhancing the navigation. Put it back as the framework wrote it.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (headers.TryGetValue(EnhancedNavigation, out var value) && value == "Allow") headers[EnhancedNavigation] = "allow";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app.UseOutputCache();
    }

    const string EnhancedNavigation = "blazor-enhanced-nav";

    static long Megabytes(IConfiguration configuration) => configuration.GetValue($"{SearchOptions.Section}:ResponseCacheMegabytes", SearchOptions.DefaultResponseCacheMegabytes);

    /// <summary>An answer that must be made again next time: a degraded one (the semantic model could not be reached).</summary>
    /// Said through the cache's own feature, so that it holds even when the page has already started streaming.
    public static void DoNotKeep(this HttpContext context)
    {
        if (context.Features.Get<IOutputCacheFeature>() is { } cache) cache.Context.AllowCacheStorage = false;
    }

    /// <summary>Keeps the response out of the cache when the result is degraded.</summary>
    public static void KeepOnlyIfComplete(this HttpContext context, SearchResult? result)
    {
        if (result?.Notices.Any(n => n.Code == Search.Index.Querying.Model.NoticeCode.SemanticUnavailable) == true) context.DoNotKeep();
    }

    sealed class SnapshotPolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var host = http.RequestServices.GetRequiredService<SearchHost>();
            var request = http.Request;
            bool cacheable = host.IsReady && HttpMethods.IsGet(request.Method) && !request.Headers.ContainsKey("Authorization")
                && !request.Path.StartsWithSegments("/healthz") && !request.Path.StartsWithSegments("/mcp");
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            // Concurrent requests for an answer not yet kept wait for the first one instead of all making it.
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(30);
            if (!cacheable) return ValueTask.CompletedTask;
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByValues["snapshot"] = host.SnapshotKey;
            // The framework's script asks for pages with this marker and is answered in a streamed form.
            context.CacheVaryByRules.VaryByValues["enhanced"] = request.Headers.Accept.ToString().Contains("blazor-enhanced-nav=on", StringComparison.Ordinal) ? "1" : "0";
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            if (http.Response.StatusCode != StatusCodes.Status200OK || http.Response.Headers.ContainsKey("Set-Cookie"))
                context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
    }
}
