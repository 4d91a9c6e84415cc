using Gantry.Web.Schedule;

namespace Gantry.Web.Api;

/// <summary>The JSON API under <c>/api/v1</c>. Every group needs a signed-in user except sign-in itself; Core checks the rest.</summary>
public static class GantryApi
{
    public static IEndpointRouteBuilder MapGantryApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.MapAuthApi();
        var secured = v1.MapGroup(string.Empty).RequireAuthorization();
        secured.MapMeApi();
        secured.MapProjectsApi();
        secured.MapMembersApi();
        secured.MapOrganisationsApi();
        secured.MapUsersApi();
        secured.MapTokensApi();
        secured.MapAuditApi();
        secured.MapScheduleHealthApi();
        secured.MapScheduleApi();
        secured.MapScenariosApi();
        secured.MapScheduleViewsApi();
        secured.MapCostsApi();
        secured.MapDayLabourApi();
        secured.MapFundsApi();
        secured.MapPlansApi();
        return app;
    }
}
