using Gantry.Core.Projects;

namespace Gantry.Web.Ui;

/// <summary>The data of the top bar.</summary>
public sealed record ShellModel(string DisplayName, string OrganisationName, bool IsAdministrator,
    IReadOnlyList<ProjectSummary> Projects, ProjectSummary? CurrentProject);
