namespace Gantry.Core.Projects;

/// <summary>Columns the portfolio can be sorted by.</summary>
public enum PortfolioSort
{
    Code = 1,
    Name = 2,
    Status = 3,
    PlannedStart = 4,
    PlannedFinish = 5,
    ContractAmount = 6,
}
