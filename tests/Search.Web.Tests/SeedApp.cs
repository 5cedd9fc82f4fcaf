using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Search.Web.Tests;

/// <summary>The web app in memory, on the seed corpus, with its own store in a temporary folder.</summary>
public sealed class SeedApp : WebApplicationFactory<Program>
{
    readonly string _index = TestPaths.NewTempDirectory();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Search:IndexPath", _index);
        builder.UseSetting("Search:CorpusPath", TestPaths.Corpus);
        builder.UseSetting("Search:ApiRequestsPerMinute", "100000");
    }
}
