namespace Gantry.Core.DayLabour;

/// <summary>One worker's line of the monthly wage sheet (工资表): earned on approved tickets, paid, still owed.</summary>
public sealed record WageSheetRow(Guid WorkerId, string Name, string MaskedIdNumber, string Trade, string CrewName, decimal WorkerDays,
    decimal Earned, decimal Paid, decimal Owed);
