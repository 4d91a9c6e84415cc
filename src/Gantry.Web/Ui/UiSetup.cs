using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Ui;

/// <summary>Registers and maps the server-rendered user interface (pages, static files, view localization).</summary>
public static class UiSetup
{
    public static IServiceCollection AddGantryUi(this IServiceCollection services)
    {
        // Resources/SharedResource(.zh-Hans).resx holds every visible string of the pages.
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/");
                o.Conventions.AllowAnonymousToPage("/Account/SignIn");
                o.Conventions.AllowAnonymousToPage("/Account/Language");
                o.Conventions.AllowAnonymousToPage("/NotFound");
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (type, factory) => factory.Create(FieldNameResource(type)));
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
        {
            LocalizeBindingMessages(options, factory.Create(typeof(SharedResource)));
            options.Filters.Add<PageExceptionFilter>();
        });
        services.AddScoped<ShellService>();
        return services;
    }

    public static WebApplication MapGantryUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages();
        // Unknown page URLs get the app's 404 page; the API keeps its own problem-details answers.
        app.MapFallbackToPage("{*path:regex(^(?!api/).*$)}", "/NotFound");
        return app;
    }

    /// <summary>
    /// The money and funds forms name their fields with keys of their own feature's resource (so a
    /// binding error on a Chinese page says 单价, not "Rate"); every other form uses the shared one.
    /// </summary>
    private static Type FieldNameResource(Type form) => form.Namespace switch
    {
        "Gantry.Web.Money" => typeof(MoneyResource),
        "Gantry.Web.Funds" => typeof(FundsResource),
        _ => typeof(SharedResource),
    };

    /// <summary>
    /// Model binding reports unparsable input ("abc" in an amount) with its own English messages;
    /// these accessors run per request, so the message follows the user's language.
    /// </summary>
    private static void LocalizeBindingMessages(MvcOptions options, IStringLocalizer text)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["Binding.ValueInvalid", value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["Binding.ValueInvalidNoField", value]);
        messages.SetValueIsInvalidAccessor(value => text["Binding.ValueInvalidNoField", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => text["Binding.UnknownValueInvalid", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Binding.NonPropertyUnknownValueInvalid"]);
        messages.SetValueMustNotBeNullAccessor(value => text["Binding.ValueMustNotBeNull", value]);
        messages.SetMissingBindRequiredValueAccessor(field => text["Binding.MissingBindRequired", field]);
        messages.SetMissingKeyOrValueAccessor(() => text["Binding.MissingKeyOrValue"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Binding.MissingBody"]);
        messages.SetValueMustBeANumberAccessor(field => text["Binding.MustBeNumber", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Binding.NonPropertyMustBeNumber"]);
    }
}
