namespace Gantry.Core.Costs;

/// <summary>
/// One line of the cost report, net of VAT. <see cref="Variance"/> = budget − forecast (negative is
/// an overrun). <see cref="Income"/> and <see cref="Margin"/> are null where income has no meaning
/// (per cost code). <see cref="Overrun"/> is set when actual or forecast passes the budget by more
/// than the project's warning rate. <see cref="WbsCode"/> and <see cref="WbsName"/> name the WBS node
/// for people and spreadsheets (the id is for links).
/// </summary>
public sealed record CostReportRow(Guid?WbsNodeId, Guid? CostCodeId, string? CostCode, string? CostCodeName, CostCategory? Category,
    decimal Budget, decimal Committed, decimal Actual, decimal Forecast, decimal Variance, decimal? Income, decimal? Margin,
    bool Overrun, string? WbsCode = null, string? WbsName = null);
