namespace Gantry.Core.DayLabour;

/// <summary>Filters for the ticket list.</summary>
public sealed record TicketQuery
{
    public TicketStatus? Status { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public Guid? CrewOrganisationId { get; init; }

    public int Take { get; init; } = 200;
}
