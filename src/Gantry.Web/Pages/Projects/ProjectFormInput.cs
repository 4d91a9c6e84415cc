using System.ComponentModel.DataAnnotations;
using Gantry.Core.Projects;

namespace Gantry.Web.Pages.Projects;

/// <summary>
/// The project form as posted. Rules live in Core (<see cref="Project"/>); this type only carries
/// the values and the localized field labels, so the form and the API validate the same way.
/// </summary>
public sealed class ProjectFormInput
{
    [Display(Name = "Field.Code")]
    public string? Code { get; set; }

    [Display(Name = "Field.Name")]
    public string? Name { get; set; }

    [Display(Name = "Field.Type")]
    public ProjectType? Type { get; set; }

    [Display(Name = "Field.Location")]
    public string? Location { get; set; }

    [Display(Name = "Field.OwnerOrganisationId")]
    public Guid? OwnerOrganisationId { get; set; }

    [Display(Name = "Field.ContractAmount")]
    public decimal? ContractAmount { get; set; }

    /// <summary>Chinese projects are contracted in yuan, so a new project starts with CNY.</summary>
    [Display(Name = "Field.Currency")]
    public string? Currency { get; set; } = "CNY";

    [Display(Name = "Field.PlannedStart")]
    public DateOnly? PlannedStart { get; set; }

    [Display(Name = "Field.PlannedFinish")]
    public DateOnly? PlannedFinish { get; set; }

    [Display(Name = "Field.Status")]
    public ProjectStatus? Status { get; set; } = ProjectStatus.Planned;

    [Display(Name = "Field.Description")]
    public string? Description { get; set; }

    /// <summary>The version the user loaded; a save against a newer one is refused as a conflict.</summary>
    public int? Version { get; set; }

    public ProjectInput ToInput() => new()
    {
        Code = Code,
        Name = Name,
        Type = Type,
        Location = Location,
        OwnerOrganisationId = OwnerOrganisationId,
        ContractAmount = ContractAmount,
        Currency = Currency,
        PlannedStart = PlannedStart,
        PlannedFinish = PlannedFinish,
        Status = Status,
        Description = Description,
        Version = Version,
    };

    public static ProjectFormInput From(ProjectDetails p) => new()
    {
        Code = p.Code,
        Name = p.Name,
        Type = p.Type,
        Location = p.Location,
        OwnerOrganisationId = p.OwnerOrganisationId,
        ContractAmount = p.ContractAmount,
        Currency = p.Currency,
        PlannedStart = p.PlannedStart,
        PlannedFinish = p.PlannedFinish,
        Status = p.Status,
        Description = p.Description,
        Version = p.Version,
    };
}
