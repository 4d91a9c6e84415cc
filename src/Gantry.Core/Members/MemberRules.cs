using Gantry.Core.Common;
using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Members;

internal static class MemberRules
{
    /// <summary>A project without a project manager could no longer be edited by anyone but an administrator.</summary>
    public static async Task EnsureAnotherManagerAsync(GantryDbContext db, Guid projectId, Guid leavingMembershipId,
        CancellationToken cancellationToken)
    {
        var others = await db.Memberships.AnyAsync(m => m.ProjectId == projectId && m.Id != leavingMembershipId
            && m.Role == ProjectRole.ProjectManager, cancellationToken);
        if (!others)
        {
            throw ValidationFailedException.For("role", Localization.Text.Get("LastManager"));
        }
    }
}
