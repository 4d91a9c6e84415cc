using Gantry.Core.Schedules;

namespace Gantry.Web.Pages.Projects.Views;

/// <summary>A predecessor or successor box of the network view with the link that joins it to the centre.</summary>
public sealed record NetworkNeighbour(ActivityPayload Activity, LinkPayload Link);
