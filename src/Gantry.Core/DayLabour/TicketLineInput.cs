namespace Gantry.Core.DayLabour;

/// <summary>
/// One line as typed: either a worker from the roster (trade and rate default to the roster's) or
/// a headcount of a trade. <see cref="Unit"/> defaults to days.
/// </summary>
public sealed record TicketLineInput
{
    public Guid? WorkerId { get; init; }

    public string? Trade { get; init; }

    public int? Headcount { get; init; }

    public decimal? Quantity { get; init; }

    public LabourUnit? Unit { get; init; }

    public decimal? Rate { get; init; }
}
