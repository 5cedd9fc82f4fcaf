using Search.Web.Components;
using Search.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.Services.Configure<SearchOptions>(builder.Configuration.GetSection(SearchOptions.Section));
builder.Services.AddSingleton<StoreHost>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<StoreHost>());
builder.Services.AddRazorComponents();
// Cyrillic and accented letters are written as themselves, not as numeric character references.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

var app = builder.Build();
app.UseStaticFiles();
app.UseAntiforgery();
app.MapGet("/healthz", (StoreHost host) => host.IsReady
    ? Results.Ok(new { status = "ready", resolutions = host.Store.List().Count })
    : Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable));
app.MapRazorComponents<App>();
app.Run();

public partial class Program;
