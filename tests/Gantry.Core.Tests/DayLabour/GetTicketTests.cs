using Gantry.Core.Common;
using Gantry.Core.DayLabour;
using Gantry.Core.Tests.Costs;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.DayLabour;

/// <summary>The single ticket the ticket page shows: same visibility as the list, with who signed and when.</summary>
public sealed class GetTicketTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    [Fact]
    public async Task TicketShowsWhoSignedAndWhenAtEachStep()
    {
        var project = await MoneyProject.CreateAsync(db);
        var ticket = await DayLabourFlow.WriteAsync(db, project, DayLabourFlow.Ticket(project));
        ticket = await db.Run<SubmitTicket, TicketSummary>("sub.sun", u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version));
        await db.Run<VerifyTicket, TicketSummary>("site.wang", u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version));

        var shown = await db.Run<GetTicket, TicketSummary>("pm.zhang", u => u.ExecuteAsync(project.Id, ticket.Id));

        Assert.Equal(TicketStatus.Verified, shown.Status);
        Assert.NotNull(shown.SubmittedBy);
        Assert.NotNull(shown.SubmittedAt);
        Assert.NotNull(shown.VerifiedBy);
        Assert.NotNull(shown.VerifiedAt);
        Assert.True(shown.VerifiedAt >= shown.SubmittedAt);
        Assert.Null(shown.ApprovedAt);
        Assert.Equal(ticket.Lines.Count, shown.Lines.Count);
    }

    [Fact]
    public async Task AnotherSubcontractorDoesNotFindTheTicket()
    {
        var project = await MoneyProject.CreateAsync(db);
        var ticket = await DayLabourFlow.WriteAsync(db, project, DayLabourFlow.Ticket(project));

        Assert.Equal(ticket.Id, (await db.Run<GetTicket, TicketSummary>("sub.sun", u => u.ExecuteAsync(project.Id, ticket.Id))).Id);
        await Assert.ThrowsAsync<NotFoundException>(() =>
            db.Run<GetTicket, TicketSummary>("sub.zhou", u => u.ExecuteAsync(project.Id, ticket.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            db.Run<GetTicket, TicketSummary>("supplier.wu", u => u.ExecuteAsync(project.Id, ticket.Id)));
    }
}
