using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Search.Web.Tests;

/// <summary>
/// The web app as a real process on a free loopback port, over the seed corpus, for the browser tests.
/// It runs the build output of src/Search.Web, started with the same configuration a user would give.
/// </summary>
public sealed class RunningApp : IAsyncLifetime
{
    Process? _process;
    public string BaseUrl { get; private set; } = "";
    public string Output => _log.ToString();
    readonly System.Text.StringBuilder _log = new();

    public async ValueTask InitializeAsync()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // Debug or Release
        var web = Path.Combine(TestPaths.RepositoryRoot, "src", "Search.Web");
        var dll = Path.Combine(web, "bin", configuration, "net10.0", "Search.Web.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"build the web app first: {dll} is missing");
        int port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", BaseUrl, "--contentRoot", web])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = web,
        };
        start.Environment["Search__IndexPath"] = TestPaths.NewTempDirectory();
        start.Environment["Search__CorpusPath"] = TestPaths.Corpus;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException("the web app exited:\n" + Output);
            try
            {
                if ((await http.GetAsync(BaseUrl + "/healthz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException("the web app did not become ready in 60 s:\n" + Output);
    }

    static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// The browser test classes share one running app and take turns: several browsers and apps at once on a loaded
/// 2-core machine made each of them slow enough to time out.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<RunningApp>
{
    public const string Name = "browser";
}
