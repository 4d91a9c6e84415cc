using System.ComponentModel.DataAnnotations;

namespace Gantry.Web.Pages.Account;

public sealed class PasswordForm
{
    [Display(Name = "Field.CurrentPassword")]
    [DataType(DataType.Password)]
    public string? CurrentPassword { get; set; }

    [Display(Name = "Field.NewPassword")]
    [DataType(DataType.Password)]
    public string? NewPassword { get; set; }

    [Display(Name = "Field.ConfirmPassword")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }
}
