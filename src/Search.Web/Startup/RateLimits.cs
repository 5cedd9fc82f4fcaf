using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Search.Web.Startup;

/// <summary>The API is limited per client address, so one script cannot starve the pages.</summary>
public static class RateLimits
{
    public const string Api = "api";

    public static IServiceCollection AddSearchRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        int perMinute = configuration.GetValue("Search:ApiRequestsPerMinute", 600);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Api, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
