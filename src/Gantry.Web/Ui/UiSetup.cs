namespace Gantry.Web.Ui;

/// <summary>Registers and maps the server-rendered user interface (pages, static files, view localization).</summary>
public static class UiSetup
{
    public static IServiceCollection AddGantryUi(this IServiceCollection services)
    {
        services.AddRazorPages();
        return services;
    }

    public static WebApplication MapGantryUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages();
        return app;
    }
}
