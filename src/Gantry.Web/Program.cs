using Gantry.Web.Ui;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGantryUi();

var app = builder.Build();
app.MapGet("/health", () => Results.Ok("healthy"));
app.MapGantryUi();
await app.RunAsync();

/// <summary>Entry point type, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
