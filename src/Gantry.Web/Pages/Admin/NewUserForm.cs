using System.ComponentModel.DataAnnotations;
using Gantry.Core.Users;

namespace Gantry.Web.Pages.Admin;

/// <summary>The administrator's "new user" form; Core checks the rules.</summary>
public sealed class NewUserForm
{
    [Display(Name = "Field.UserName")]
    public string? UserName { get; set; }

    [Display(Name = "Field.DisplayName")]
    public string? DisplayName { get; set; }

    [Display(Name = "Field.Email")]
    public string? Email { get; set; }

    [Display(Name = "Field.OrganisationId")]
    public Guid? OrganisationId { get; set; }

    [Display(Name = "Field.Password")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Display(Name = "Field.IsAdministrator")]
    public bool IsAdministrator { get; set; }

    public CreateUserInput ToInput() => new()
    {
        UserName = UserName,
        DisplayName = DisplayName,
        Email = Email,
        OrganisationId = OrganisationId,
        Password = Password,
        IsAdministrator = IsAdministrator,
    };
}
