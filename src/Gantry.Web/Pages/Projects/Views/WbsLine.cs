using Gantry.Core.Schedules;

namespace Gantry.Web.Pages.Projects.Views;

/// <summary>One node of the WBS page in outline order: its depth, its place among its siblings and how many activities hang under it.</summary>
public sealed record WbsLine(WbsPayload Node, int Depth, int Position, int Siblings, int Activities);
