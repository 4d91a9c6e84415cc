namespace Gantry.Web.Funds;

/// <summary>The approved day-labour ticket whose wages are to be paid to its crew.</summary>
public sealed class TicketRequestForm
{
    public Guid? TicketId { get; set; }
}
