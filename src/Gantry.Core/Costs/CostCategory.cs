namespace Gantry.Core.Costs;

/// <summary>The top of the cost breakdown (成本科目大类), the classes every Chinese cost report shows.</summary>
public enum CostCategory
{
    Labour = 1,
    Materials = 2,
    Machinery = 3,
    Subcontract = 4,
    SiteOverhead = 5,
    Other = 6,
}
