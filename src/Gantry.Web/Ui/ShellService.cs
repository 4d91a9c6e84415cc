using System.Security.Claims;
using Gantry.Core.Common;
using Gantry.Core.Projects;
using Gantry.Core.Users;

namespace Gantry.Web.Ui;

/// <summary>What the app shell (top bar) shows for the signed-in user: who they are and their projects.</summary>
public sealed class ShellService(GetCurrentUser getCurrentUser, ListPortfolio listPortfolio)
{
    /// <summary>The switcher lists this many projects; the portfolio page has the rest.</summary>
    public const int SwitcherSize = 15;

    /// <summary>Null when nobody is signed in (sign-in page, 404 for a stranger).</summary>
    public async Task<ShellModel?> GetAsync(ClaimsPrincipal principal, Guid? currentProjectId, CancellationToken cancellationToken)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        try
        {
            var me = await getCurrentUser.ExecuteAsync(cancellationToken);
            var projects = await listPortfolio.ExecuteAsync(new PortfolioQuery { IncludeArchived = true }, cancellationToken);
            var current = currentProjectId is { } id ? projects.FirstOrDefault(p => p.Id == id) : null;
            var switcher = projects.Where(p => !p.IsArchived).Take(SwitcherSize).ToArray();
            return new ShellModel(me.DisplayName, me.OrganisationName, me.IsAdministrator, switcher, current);
        }
        catch (NotSignedInException)
        {
            // A cookie of a deactivated user: show the anonymous shell; the page itself denies access.
            return null;
        }
    }
}
