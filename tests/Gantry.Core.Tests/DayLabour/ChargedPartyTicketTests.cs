using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.DayLabour;
using Gantry.Core.Tests.Costs;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.DayLabour;

/// <summary>
/// The subcontractor a ticket is back-charged to sees it and countersigns it, but the ticket stays the
/// crew's: the charged party may not rewrite it, not even by naming its own crew on it.
/// </summary>
public sealed class ChargedPartyTicketTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    [Fact]
    public async Task ChargedSubcontractorCannotRewriteAnotherCrewsTicketAsItsOwn()
    {
        var project = await MoneyProject.CreateAsync(db);
        var facade = await project.SignedContractAsync(db, "FB-MQ", ContractKind.Subcontract, project.FacadeId, 1_000_000m);
        var input = DayLabourFlow.Ticket(project) with { Reason = DayLabourReason.Rework, ChargeTo = ChargeTo.BackCharge, ChargedContractId = facade.Id };
        var ticket = await DayLabourFlow.WriteAsync(db, project, input);

        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<SaveTicket, TicketSummary>("sub.zhou",
            u => u.ExecuteAsync(project.Id, ticket.Id, input with { CrewOrganisationId = project.FacadeId, Version = ticket.Version })));
        var kept = await db.Run<GetTicket, TicketSummary>("sub.sun", u => u.ExecuteAsync(project.Id, ticket.Id));

        Assert.Equal(project.MepId, kept.CrewOrganisationId);
        Assert.Equal(ticket.Version, kept.Version);
    }
}
