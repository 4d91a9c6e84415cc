namespace Gantry.Core.Costs;

/// <summary>The rows of a cost report: one per WBS node, cost code, category, WBS × cost code, or one for the project.</summary>
public enum CostReportGrouping
{
    Project = 1,
    Wbs = 2,
    CostCode = 3,
    Category = 4,
    WbsAndCostCode = 5,
}
