namespace Gantry.Core.DayLabour;

/// <summary>One checked line.</summary>
public sealed record TicketLineValues(Guid? WorkerId, string Trade, int Headcount, decimal Quantity, LabourUnit Unit, decimal Rate);
