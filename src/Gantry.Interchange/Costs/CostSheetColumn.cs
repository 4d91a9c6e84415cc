namespace Gantry.Interchange.Costs;

/// <summary>The columns of the cost-record import sheet, in template order.</summary>
public enum CostSheetColumn
{
    Kind,
    Date,
    Wbs,
    CostCode,
    Contract,
    Description,
    Amount,
    VatRate,
}
