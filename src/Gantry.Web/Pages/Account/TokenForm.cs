using System.ComponentModel.DataAnnotations;

namespace Gantry.Web.Pages.Account;

/// <summary>The "new token" form: a name to recognise it by and how long it lives.</summary>
public sealed class TokenForm
{
    [Display(Name = "Field.Name")]
    public string? Name { get; set; }

    /// <summary>Empty means the token lasts until revoked.</summary>
    [Display(Name = "Field.ExpiresInDays")]
    [Range(1, 3650, ErrorMessage = "Validation.Range")]
    public int? ExpiresInDays { get; set; } = 90;
}
