using Gantry.Core.Permissions;
using Gantry.Core.Users;
using Gantry.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gantry.Web.Pages.Admin;

/// <summary>Administrators see every account with its organisation and state.</summary>
public sealed class UsersModel(PermissionService permissions, ListUsers listUsers, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!(await permissions.RequireUserAsync(cancellationToken)).IsAdministrator)
        {
            return this.NotFoundPage();
        }

        Now = clock.GetUtcNow().UtcDateTime;
        Users = await listUsers.ExecuteAsync(cancellationToken);
        return Page();
    }
}
