using Gantry.Core.Projects;

namespace Gantry.Web.Ui;

/// <summary>A project's status pill; an archived project shows "archived" whatever its status was.</summary>
public sealed record StatusBadge(ProjectStatus Status, bool IsArchived);
