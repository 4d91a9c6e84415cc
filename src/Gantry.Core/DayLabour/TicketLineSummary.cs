namespace Gantry.Core.DayLabour;

public sealed record TicketLineSummary(Guid Id, Guid? WorkerId, string Trade, int Headcount, decimal Quantity, LabourUnit Unit,
    decimal Rate, decimal Amount, decimal WorkerDays);
