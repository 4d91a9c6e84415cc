using Gantry.Core.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Gantry.Web.Tests.Permissions;

/// <summary>
/// Tells the matrix what Core refused while answering a request, in the response header
/// <see cref="Header"/>. A page form often shows a refusal as a message on the page or after a
/// redirect rather than as a 403/404, so the status alone would read "let through"; the first
/// <see cref="ForbiddenException"/> or <see cref="NotFoundException"/> thrown for the request is the
/// real answer, whether or not the page caught it. The header names the assembly that threw it too
/// ("Forbidden; Gantry.Core"), so the matrix can tell a use case's refusal from a page's own.
/// </summary>
public sealed class RefusalObserver : IStartupFilter
{
    public const string Header = "X-Matrix-Refusal";

    private static readonly AsyncLocal<Refusal?> Current = new();

    static RefusalObserver() =>
        AppDomain.CurrentDomain.FirstChanceException += (_, thrown) =>
        {
            if (Current.Value is { Kind: null } refusal)
            {
                refusal.Kind = thrown.Exception switch
                {
                    ForbiddenException => "Forbidden",
                    NotFoundException => "NotFound",
                    _ => null,
                };
                // The method that threw (an async method's state machine is nested in its class): Core's use case or the page.
                refusal.Source = thrown.Exception.TargetSite?.DeclaringType?.Assembly.GetName().Name;
            }
        };

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextStep) =>
        {
            var refusal = new Refusal();
            Current.Value = refusal;
            context.Response.OnStarting(() =>
            {
                if (refusal.Kind is { } kind)
                {
                    context.Response.Headers[Header] = $"{kind}; {refusal.Source}";
                }

                return Task.CompletedTask;
            });
            await nextStep(context);
        });
        next(app);
    };

    private sealed class Refusal
    {
        public string? Kind { get; set; }

        public string? Source { get; set; }
    }
}
