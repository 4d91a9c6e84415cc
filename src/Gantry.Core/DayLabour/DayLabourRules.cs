using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.DayLabour;

/// <summary>Checks shared by the day-labour use cases.</summary>
internal static class DayLabourRules
{
    /// <summary>A foreman of a subcontractor (any party but the contractor) acts only for crews of his own organisation.</summary>
    public static void EnsureOwnCrew(MoneyAccess money, Guid crewOrganisationId)
    {
        if (money.SeesOwnRecordsOnly && crewOrganisationId != money.OrganisationId)
        {
            throw new ForbiddenException();
        }
    }

    /// <summary>Tickets a user may see: all for the contractor, else those of its own crews or charged to it.</summary>
    public static IQueryable<DayLabourTicket> Visible(GantryDbContext db, MoneyAccess money)
    {
        var tickets = db.DayLabourTickets.Where(t => t.ProjectId == money.ProjectId);
        if (!money.SeesOwnRecordsOnly)
        {
            return tickets;
        }

        var own = money.OrganisationId;
        return tickets.Where(t => t.CrewOrganisationId == own || t.ChargedPartyId == own);
    }

    public static async Task EnsureOrganisationAsync(GantryDbContext db, Guid organisationId, string field, CancellationToken cancellationToken)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            throw ValidationFailedException.For(field, Localization.Text.Get("NotAllowedValue", Validation.Label(field)));
        }
    }
}
