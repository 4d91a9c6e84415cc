namespace Gantry.Core.Costs;

/// <summary>The cost report: its rows, the project total, and the warning rate used.</summary>
public sealed record CostReport(CostReportGrouping Grouping, string Currency, decimal OverrunWarningRate,
    IReadOnlyList<CostReportRow> Rows, CostReportRow Total);
