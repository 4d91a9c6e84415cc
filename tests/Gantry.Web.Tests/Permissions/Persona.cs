namespace Gantry.Web.Tests.Permissions;

/// <summary>
/// One column of the permission matrix: who calls. <see cref="UserName"/> is a demo account (or the
/// fixture's outsider); null is an anonymous client.
/// </summary>
public sealed record Persona(string Key, string? UserName, string Description)
{
    /// <summary>The matrix columns, in order. The demo project 滨江花园3号楼 has one person of each party.</summary>
    public static readonly IReadOnlyList<Persona> All =
    [
        new("admin", "admin", "system administrator, not a member"),
        new("pm", "pm.zhang", "project manager of the general contractor"),
        new("planner", "planner.li", "planner of the general contractor"),
        new("cost", "cost.chen", "cost controller of the general contractor"),
        new("site", "site.wang", "site engineer of the general contractor"),
        // A foreman is a site engineer of his crew's organisation: sub.sun is the MEP crew's foreman.
        new("subA", "sub.sun", "site engineer / foreman of subcontractor A (MEP)"),
        new("subB", "sub.zhou", "site engineer of subcontractor B (curtain wall)"),
        // Given the project manager's role on purpose: the party rule, not the role, must stop a supplier approving.
        new("supplier", "supplier.wu", "supplier, given the project manager role"),
        new("owner", "owner.liu", "owner's representative (viewer)"),
        new("viewer", "supervisor.zhao", "supervisor (viewer)"),
        new("outsider", PermissionsApp.OutsiderUserName, "signed in, member of no project"),
        new("anonymous", null, "not signed in"),
    ];
}
