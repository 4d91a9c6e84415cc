using System.ComponentModel.DataAnnotations;
using Gantry.Core.Users;

namespace Gantry.Web.Pages.Admin;

/// <summary>The administrator's "edit user" form; the user name never changes, it is how people sign in.</summary>
public sealed class EditUserForm
{
    [Display(Name = "Field.DisplayName")]
    public string? DisplayName { get; set; }

    [Display(Name = "Field.Email")]
    public string? Email { get; set; }

    [Display(Name = "Field.OrganisationId")]
    public Guid? OrganisationId { get; set; }

    [Display(Name = "Field.IsAdministrator")]
    public bool IsAdministrator { get; set; }

    [Display(Name = "Field.IsActive")]
    public bool IsActive { get; set; }

    public int? Version { get; set; }

    public UpdateUserInput ToInput() => new()
    {
        DisplayName = DisplayName,
        Email = Email,
        OrganisationId = OrganisationId,
        IsAdministrator = IsAdministrator,
        IsActive = IsActive,
        Version = Version,
    };

    public static EditUserForm From(UserSummary user) => new()
    {
        DisplayName = user.DisplayName,
        Email = user.Email,
        OrganisationId = user.OrganisationId,
        IsAdministrator = user.IsAdministrator,
        IsActive = user.IsActive,
        Version = user.Version,
    };
}
