using Gantry.Core.Common;
using Gantry.Core.DayLabour;
using Gantry.Core.Members;
using Gantry.Core.Tests.Costs;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.DayLabour;

/// <summary>Who may write, sign and see day-labour tickets.</summary>
public sealed class DayLabourPermissionTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    [Fact]
    public async Task ForemanCannotWriteTicketsForAnotherCompanysCrew()
    {
        var project = await MoneyProject.CreateAsync(db);

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            DayLabourFlow.WriteAsync(db, project, DayLabourFlow.Ticket(project) with { CrewOrganisationId = project.FacadeId }));
    }

    [Fact]
    public async Task SubcontractorsEngineerCannotVerifyTickets()
    {
        var project = await MoneyProject.CreateAsync(db);
        var ticket = await DayLabourFlow.WriteAsync(db, project, DayLabourFlow.Ticket(project));
        ticket = await db.Run<SubmitTicket, TicketSummary>("sub.sun", u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version));

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            db.Run<VerifyTicket, TicketSummary>("sub.sun", u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version)));
    }

    [Theory]
    [InlineData("site.wang")]
    [InlineData("cost.chen")]
    [InlineData("sub.sun")]
    public async Task OnlyTheProjectManagerApprovesTickets(string userName)
    {
        var project = await MoneyProject.CreateAsync(db);
        var ticket = await DayLabourFlow.WriteAsync(db, project, DayLabourFlow.Ticket(project));
        ticket = await db.Run<SubmitTicket, TicketSummary>("sub.sun", u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version));
        ticket = await db.Run<VerifyTicket, TicketSummary>("site.wang", u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version));

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            db.Run<ApproveTicket, TicketSummary>(userName, u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version)));
    }

    [Fact]
    public async Task SupplierCannotApproveATicketEvenAsProjectManager()
    {
        var project = await MoneyProject.CreateAsync(db);
        var members = await db.Run<ListMembers, IReadOnlyList<MemberSummary>>("pm.zhang", u => u.ExecuteAsync(project.Id));
        var supplier = members.Single(m => m.UserName == "supplier.wu");
        await db.Run<ChangeMember, MemberSummary>("pm.zhang", u => u.ExecuteAsync(project.Id, supplier.Id,
            new MemberInput { Role = ProjectRole.ProjectManager, Version = supplier.Version }));
        var ticket = await DayLabourFlow.WriteAsync(db, project, DayLabourFlow.Ticket(project));
        ticket = await db.Run<SubmitTicket, TicketSummary>("sub.sun", u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version));
        ticket = await db.Run<VerifyTicket, TicketSummary>("site.wang", u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version));

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            db.Run<ApproveTicket, TicketSummary>("supplier.wu", u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version)));
    }

    [Fact]
    public async Task SubcontractorCannotSeeAnotherSubcontractorsDayLabour()
    {
        var project = await MoneyProject.CreateAsync(db);
        var ticket = await DayLabourFlow.WriteAsync(db, project, DayLabourFlow.Ticket(project));

        var facadeList = await db.Run<ListTickets, IReadOnlyList<TicketSummary>>("sub.zhou", u => u.ExecuteAsync(project.Id, new TicketQuery()));
        var mepList = await db.Run<ListTickets, IReadOnlyList<TicketSummary>>("sub.sun", u => u.ExecuteAsync(project.Id, new TicketQuery()));

        Assert.Empty(facadeList);
        Assert.Equal([ticket.Id], mepList.Select(t => t.Id));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            db.Run<SubmitTicket, TicketSummary>("sub.zhou", u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version)));
    }

    [Fact]
    public async Task ViewerOfTheContractorCannotListTickets()
    {
        var project = await MoneyProject.CreateAsync(db);
        var members = await db.Run<ListMembers, IReadOnlyList<MemberSummary>>("pm.zhang", u => u.ExecuteAsync(project.Id));
        var planner = members.Single(m => m.UserName == "planner.li");
        await db.Run<ChangeMember, MemberSummary>("pm.zhang", u => u.ExecuteAsync(project.Id, planner.Id,
            new MemberInput { Role = ProjectRole.Viewer, Version = planner.Version }));

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            db.Run<ListTickets, IReadOnlyList<TicketSummary>>("planner.li", u => u.ExecuteAsync(project.Id, new TicketQuery())));
    }
}
