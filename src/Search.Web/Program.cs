using Search.Web.Api;
using Search.Web.Components;
using Search.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
// The framework's script (_framework/blazor.web.js) lives in a package; the build output finds it through the
// static web assets manifest in every environment, not only in Development. A published app has it in wwwroot.
builder.WebHost.UseStaticWebAssets();
builder.Services.Configure<SearchOptions>(builder.Configuration.GetSection(SearchOptions.Section));
builder.Services.AddSingleton<SearchHost>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<SearchHost>());
builder.Services.AddRazorComponents();
builder.Services.AddOpenApi(o => o.AddOperationTransformer<Search.Web.Api.AllowedValuesTransformer>());
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadParameterHandler>();
// A parameter that cannot be bound is thrown rather than answered with a bare 400, so the handler can say which one.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddSearchRateLimits(builder.Configuration);
builder.Services.AddSearchMcp();
builder.Services.AddSearchResponseCache(builder.Configuration);
// Cyrillic and accented letters are written as themselves, not as numeric character references.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    Search.Index.Application.JsonOutput.Configure(o.SerializerOptions);
});

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseOlderApiUrls();
app.UseRouting();
app.UseRateLimiter();
app.UseSearchResponseCache(app.Configuration);
app.UseAntiforgery();
app.MapOpenApi();
app.MapGet("/healthz", (SearchHost host) => host.IsReady
    ? Results.Ok(new { status = "ready", paragraphs = host.Engine.ParagraphCount })
    : Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable));
app.MapSearchApi();
app.MapSuggestApi();
app.MapSearchMcp();
app.MapStaticAssets();
app.MapRazorComponents<App>();
app.Run();

public partial class Program;
