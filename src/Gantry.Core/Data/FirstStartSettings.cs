namespace Gantry.Core.Data;

/// <summary>Configuration section <c>Admin</c>: the administrator created on the first start.</summary>
public sealed class FirstStartSettings
{
    public string UserName { get; set; } = "admin";

    /// <summary>Leave empty to have a random password generated and printed once.</summary>
    public string? InitialPassword { get; set; }

    public string OrganisationName { get; set; } = "Gantry 平台管理";
}
