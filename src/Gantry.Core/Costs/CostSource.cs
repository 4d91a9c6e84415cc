namespace Gantry.Core.Costs;

/// <summary>Where a cost record came from: typed in, imported, or posted by the day-labour or funds module.</summary>
public enum CostSource
{
    Manual = 1,
    Import = 2,
    DayLabour = 3,
    Funds = 4,
}
