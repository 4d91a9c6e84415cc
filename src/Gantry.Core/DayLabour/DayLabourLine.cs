namespace Gantry.Core.DayLabour;

/// <summary>
/// One line of a ticket: a named worker (headcount 1) or a headcount of one trade, for hours or days
/// at a rate. Worker-days are kept for the summaries: eight hours make a day (the legal working day).
/// </summary>
public sealed class DayLabourLine
{
    public const decimal HoursPerDay = 8m;

    private DayLabourLine()
    {
        Trade = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid TicketId { get; private set; }

    public Guid? WorkerId { get; private set; }

    public string Trade { get; private set; }

    public int Headcount { get; private set; }

    public decimal Quantity { get; private set; }

    public LabourUnit Unit { get; private set; }

    public decimal Rate { get; private set; }

    public decimal Amount { get; private set; }

    public decimal WorkerDays { get; private set; }

    public static DayLabourLine Create(Guid ticketId, Guid? workerId, string trade, int headcount, decimal quantity, LabourUnit unit,
        decimal rate) => new()
        {
            Id = Guid.CreateVersion7(),
            TicketId = ticketId,
            WorkerId = workerId,
            Trade = trade,
            Headcount = headcount,
            Quantity = quantity,
            Unit = unit,
            Rate = rate,
            Amount = decimal.Round(headcount * quantity * rate, 2, MidpointRounding.AwayFromZero),
            WorkerDays = decimal.Round(unit == LabourUnit.Days ? headcount * quantity : headcount * quantity / HoursPerDay, 4),
        };
}
