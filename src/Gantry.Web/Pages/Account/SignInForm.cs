using System.ComponentModel.DataAnnotations;

namespace Gantry.Web.Pages.Account;

public sealed class SignInForm
{
    /// <summary>User name or e-mail: site people remember one or the other.</summary>
    [Display(Name = "Field.Login")]
    public string? Login { get; set; }

    [Display(Name = "Field.Password")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }
}
