namespace Gantry.Core.DayLabour;

/// <summary>One line of an approved ticket as the wage rules see it: whose wages, which ticket, how much.</summary>
public sealed record WageLine(Guid LineId, Guid ProjectId, Guid TicketId, int TicketNumber, DateOnly Date, Guid? WorkerId,
    string WorkerName, decimal Amount);
