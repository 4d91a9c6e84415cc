using Gantry.Core.Auditing;
using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.DayLabour;
using Gantry.Core.Tests.Costs;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.DayLabour;

/// <summary>The ticket's signature chain, its posting to the cost center, and its rules.</summary>
public sealed class TicketTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    [Fact]
    public async Task ApprovedTicketAppearsInTheSummaryAndAsActualCost()
    {
        var project = await MoneyProject.CreateAsync(db);

        var ticket = await DayLabourFlow.ApprovedAsync(db, project, DayLabourFlow.Ticket(project, days: 1.5m));
        var summary = await db.Run<GetDayLabourSummary, IReadOnlyList<DayLabourSummaryRow>>("site.wang", u => u.ExecuteAsync(project.Id,
            new DayLabourSummaryQuery { Grouping = DayLabourGrouping.Crew }));
        var report = await db.Run<GetCostReport, CostReport>("cost.chen", u => u.ExecuteAsync(project.Id));
        var records = await db.Run<ListCostRecords, IReadOnlyList<CostRecordSummary>>("cost.chen", u => u.ExecuteAsync(project.Id,
            new CostRecordQuery { Source = CostSource.DayLabour }));

        Assert.Equal((TicketStatus.Approved, 900m, 3m), (ticket.Status, ticket.Amount, ticket.WorkerDays));
        Assert.Equal([("水电一班", 1, 3m, 900m)], summary.Select(r => (r.Label, r.Entries, r.WorkerDays, r.Amount)));
        var labour = Assert.Single(report.Rows, r => r.CostCodeId == project.Labour);
        Assert.Equal((project.Wbs("40"), 900m), (labour.WbsNodeId!.Value, labour.Actual));
        Assert.Equal([(ticket.Id, project.ActivityId)], records.Select(r => (r.SourceId!.Value, r.ActivityId!.Value)));
    }

    [Fact]
    public async Task EditingASignedTicketClearsItsSignaturesAndIsAudited()
    {
        var project = await MoneyProject.CreateAsync(db);
        var ticket = await DayLabourFlow.WriteAsync(db, project, DayLabourFlow.Ticket(project));
        ticket = await db.Run<SubmitTicket, TicketSummary>("sub.sun", u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version));
        ticket = await db.Run<VerifyTicket, TicketSummary>("site.wang", u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version));

        var edited = await db.Run<SaveTicket, TicketSummary>("sub.sun", u => u.ExecuteAsync(project.Id, ticket.Id,
            DayLabourFlow.Ticket(project, headcount: 3) with { Version = ticket.Version }));
        var trail = await db.Run<ListAuditEntries, IReadOnlyList<AuditEntry>>("pm.zhang", u => u.ExecuteAsync(new AuditQuery
        {
            ProjectId = project.Id, EntityName = nameof(DayLabourTicket), EntityKey = ticket.Id.ToString(),
        }));

        Assert.Equal((TicketStatus.Draft, null, null, 900m), (edited.Status, edited.SubmittedBy, edited.VerifiedBy, edited.Amount));
        Assert.Contains(trail, e => e.Action == AuditAction.Updated && e.OldValues is { } old && old.Contains("VerifiedBy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApprovedTicketCannotBeEditedOnlyReversed()
    {
        var project = await MoneyProject.CreateAsync(db);
        var ticket = await DayLabourFlow.ApprovedAsync(db, project, DayLabourFlow.Ticket(project));

        var edit = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<SaveTicket, TicketSummary>("sub.sun",
            u => u.ExecuteAsync(project.Id, ticket.Id, DayLabourFlow.Ticket(project) with { Version = ticket.Version })));
        var reversed = await db.Run<ReverseTicket, TicketSummary>("pm.zhang", u => u.ExecuteAsync(project.Id, ticket.Id,
            new DateOnly(2026, 6, 3), ticket.Version));
        var report = await db.Run<GetCostReport, CostReport>("cost.chen", u => u.ExecuteAsync(project.Id, CostReportGrouping.Project));

        Assert.Equal("status", edit.Errors[0].Field);
        Assert.Equal(TicketStatus.Reversed, reversed.Status);
        Assert.Equal(0m, report.Total.Actual);
    }

    [Fact]
    public async Task BackChargeCountsOnceTheSubcontractorCountersigns()
    {
        var project = await MoneyProject.CreateAsync(db);
        var facade = await project.SignedContractAsync(db, "FB-MQ", ContractKind.Subcontract, project.FacadeId, 1_000_000m);

        var ticket = await DayLabourFlow.ApprovedAsync(db, project, DayLabourFlow.Ticket(project) with
        {
            Reason = DayLabourReason.Rework, ChargeTo = ChargeTo.BackCharge, ChargedContractId = facade.Id,
        });
        var before = await db.Run<ListContracts, IReadOnlyList<ContractSummary>>("sub.zhou", u => u.ExecuteAsync(project.Id));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<CountersignTicket, TicketSummary>("sub.sun",
            u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version)));
        await db.Run<CountersignTicket, TicketSummary>("sub.zhou", u => u.ExecuteAsync(project.Id, ticket.Id, ticket.Version));
        var after = await db.Run<ListContracts, IReadOnlyList<ContractSummary>>("sub.zhou", u => u.ExecuteAsync(project.Id));

        Assert.Equal(1_000_000m, Assert.Single(before).CurrentValue);
        Assert.Equal(999_400m, Assert.Single(after).CurrentValue);
    }

    [Fact]
    public async Task TicketInAClosedMonthIsRefused()
    {
        var project = await MoneyProject.CreateAsync(db);
        await db.Run<CloseMonth, IReadOnlyList<DateOnly>>("cost.chen", u => u.ExecuteAsync(project.Id, new DateOnly(2026, 5, 1)));

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => DayLabourFlow.WriteAsync(db, project, DayLabourFlow.Ticket(project)));

        Assert.Equal("date", ex.Errors[0].Field);
    }

    [Theory]
    [InlineData(-1, 300, "lines[0].quantity")]
    [InlineData(1, -300, "lines[0].rate")]
    public async Task BadLineIsRefusedNamingTheLineAndField(double days, double rate, string field)
    {
        var project = await MoneyProject.CreateAsync(db);

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            DayLabourFlow.WriteAsync(db, project, DayLabourFlow.Ticket(project, days: (decimal)days, rate: (decimal)rate)));

        Assert.Equal([field], ex.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task TicketDatedOutsideTheProjectIsRefused()
    {
        var project = await MoneyProject.CreateAsync(db);

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            DayLabourFlow.WriteAsync(db, project, DayLabourFlow.Ticket(project, date: "2027-08-01")));

        Assert.Equal("date", ex.Errors[0].Field);
    }
}
