using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Search.Bench;

/// <summary>
/// The web app's build output started as its own process on a loopback port (127.0.0.1 only), on a given store,
/// in Production with warnings-only logging, as it would be run; stopped (its whole tree) when disposed.
/// </summary>
public sealed class WebAppProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly StringBuilder _log = new();

    WebAppProcess(Process process, string baseUrl) { _process = process; BaseUrl = baseUrl; }

    public string BaseUrl { get; }
    public int ProcessId => _process.Id;

    public static string? BuildOutput()
    {
        var dll = Path.Combine(SharedData.RepositoryRoot, "src", "Search.Web", "bin", "Release", "net10.0", "Search.Web.dll");
        return File.Exists(dll) ? dll : null;
    }

    public static async Task<WebAppProcess> Start(string dll, string storeDirectory, Dictionary<string, string>? settings = null)
    {
        int port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var web = Path.GetDirectoryName(dll)!;
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", baseUrl, "--contentRoot", web])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = web,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Search__IndexPath"] = storeDirectory;
        // The load comes from one address; the per-client API limit is for the public, not for this run.
        start.Environment["Search__ApiRequestsPerMinute"] = "100000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Search.Web.Startup.SearchHost"] = "Information";
        foreach (var (name, value) in settings ?? []) start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the web app");
        var app = new WebAppProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => app.Record(e.Data);
        process.ErrorDataReceived += (_, e) => app.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow.AddMinutes(30); // a first start on a new store builds the index
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException("the web app exited:\n" + app.Output);
            try
            {
                if ((await http.GetAsync(baseUrl + "/healthz")).StatusCode == HttpStatusCode.OK) return app;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(500);
        }
        await app.DisposeAsync();
        throw new TimeoutException("the web app did not become ready in 30 minutes:\n" + app.Output);
    }

    void Record(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
        Console.WriteLine("  app: " + line);
    }

    public string Output { get { lock (_log) return _log.ToString(); } }

    static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
