using System.Text.Json;
using System.Text.Json.Serialization;
using Gantry.Core;
using Gantry.Web.Api;
using Gantry.Web.Auth;
using Gantry.Web.Hosting;
using Gantry.Web.Ui;
using Microsoft.AspNetCore.Http.Json;

var builder = WebApplication.CreateBuilder(args);

// `dotnet run` from the source tree runs in Production, where ASP.NET Core only looks in wwwroot;
// the build's compressed copies and npm files are listed in the static web assets manifest, so read
// it in every environment (a published app has no manifest and this does nothing).
builder.WebHost.UseStaticWebAssets();
builder.Services.AddGantryCore(builder.Configuration);
builder.Services.AddGantryAuthentication();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<GantryExceptionHandler>();
// Malformed requests throw so the handler can answer with a problem-details body naming the field.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.Configure<JsonOptions>(options =>
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false)));
builder.Services.AddOpenApi();
builder.Services.AddGantryUi();

var app = builder.Build();
await app.InitializeGantryDatabaseAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseMiddleware<CurrentUserMiddleware>();
app.UseGantryRequestLocalization();
app.UseAuthorization();

app.MapOpenApi();
app.MapGantryHealth();
app.MapGantryApi();
app.MapGantryUi();
await app.RunAsync();

/// <summary>Entry point type, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
