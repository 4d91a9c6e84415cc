using System.ComponentModel.DataAnnotations;
using Gantry.Core.Organisations;

namespace Gantry.Web.Pages.Admin;

/// <summary>The "new organisation" form; Core checks the rules.</summary>
public sealed class OrganisationInputForm
{
    [Display(Name = "Field.Name")]
    public string? Name { get; set; }

    [Display(Name = "Field.Type")]
    public OrganisationType? Type { get; set; }

    [Display(Name = "Field.Code")]
    public string? Code { get; set; }

    public OrganisationInput ToInput() => new() { Name = Name, Type = Type, Code = Code };
}
