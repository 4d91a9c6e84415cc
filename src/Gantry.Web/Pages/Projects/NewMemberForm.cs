using System.ComponentModel.DataAnnotations;
using Gantry.Core.Members;
using Gantry.Core.Organisations;

namespace Gantry.Web.Pages.Projects;

/// <summary>The "add a member" form on the project page.</summary>
public sealed class NewMemberForm
{
    [Display(Name = "Field.UserId")]
    public Guid? UserId { get; set; }

    [Display(Name = "Field.Role")]
    public ProjectRole? Role { get; set; }

    /// <summary>Left empty, Core takes the type of the user's organisation.</summary>
    [Display(Name = "Field.PartyRole")]
    public OrganisationType? PartyRole { get; set; }

    public MemberInput ToInput() => new() { UserId = UserId, Role = Role, PartyRole = PartyRole };
}
