namespace Gantry.Core.Costs;

/// <summary>What an Excel import booked: how many records, their total (incl. VAT), the dates they span, and per cost code.</summary>
public sealed record CostImportReport(int Imported, decimal Amount, DateOnly From, DateOnly To, IReadOnlyList<CostImportLine> ByCostCode);

/// <summary>One cost code's share of an import.</summary>
public sealed record CostImportLine(string CostCode, int Records, decimal Amount);
