using Gantry.Core.Common;
using Gantry.Core.DayLabour;
using Gantry.Core.Funds;
using Gantry.Core.Tests.Costs;
using Gantry.Tests.Infrastructure;
using Xunit;
using static Gantry.Core.Tests.DayLabour.WageFlow;

namespace Gantry.Core.Tests.DayLabour;

/// <summary>A worker's wages are paid on the wage sheet or through a payment request to the crew, never both.</summary>
public sealed class WageDoubleCountTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    [Fact]
    public async Task WagesPaidOnTheSheetCannotBeRequestedAndTheRefusalNamesTheWagePayment()
    {
        using var culture = new Culture("en");
        var project = await MoneyProject.CreateAsync(db);
        var worker = await WorkerAsync(db, project);
        var ticket = await TicketAsync(db, project, worker);
        await PayOnSheetAsync(db, project, worker, 500m);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => RequestAsync(db, project, ticket));
        var requests = await db.Run<ListPaymentRequests, IReadOnlyList<PaymentRequestSummary>>("cost.chen", u => u.ExecuteAsync(project.Id, null));

        Assert.Equal("ticketId", refused.Errors[0].Field);
        Assert.Equal($"Ticket no. {ticket.Number}: 李建国's wages for 2026-05 were already paid on the wage sheet (wage payment of 500.00 on 2026-06-05). "
            + "Reverse that wage payment first.", refused.Errors[0].Message);
        Assert.DoesNotContain(requests, r => r.TicketId == ticket.Id);
    }

    [Fact]
    public async Task WagesInARequestCannotBePaidOnTheSheetAndTheRefusalNamesTheRequest()
    {
        using var culture = new Culture("en");
        var project = await MoneyProject.CreateAsync(db);
        var worker = await WorkerAsync(db, project);
        var ticket = await TicketAsync(db, project, worker);
        var request = await RequestAsync(db, project, ticket);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => PayOnSheetAsync(db, project, worker, 1m));
        var payments = await db.Run<ListWagePayments, IReadOnlyList<WagePaymentSummary>>("cost.chen", u => u.ExecuteAsync(project.Id, May));

        Assert.Equal("amount", refused.Errors[0].Field);
        Assert.Equal($"Ticket no. {ticket.Number}: 李建国's wages are already in payment request no. {request.Number}. "
            + "Pay them through that request, or reject it first.", refused.Errors[0].Message);
        Assert.Empty(payments);
    }

    [Fact]
    public async Task TheSheetStillPaysTheWorkersOtherTicketsThatNoRequestHolds()
    {
        var project = await MoneyProject.CreateAsync(db);
        var worker = await WorkerAsync(db, project);
        var requested = await TicketAsync(db, project, worker, days: 2m);
        await TicketAsync(db, project, worker, days: 1m, date: "2026-05-14");
        await RequestAsync(db, project, requested);

        var over = await Assert.ThrowsAsync<ValidationFailedException>(() => PayOnSheetAsync(db, project, worker, 350.01m));
        var row = await PayOnSheetAsync(db, project, worker, 350m);

        Assert.Contains("payment request", over.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal((1050m, 700m, 350m, 700m, 0m), (row.Owed, row.Requested, row.Paid, row.Unpaid, row.Payable));
    }

    [Fact]
    public async Task ReversingTheWagePaymentFreesTheTicketForARequest()
    {
        var project = await MoneyProject.CreateAsync(db);
        var worker = await WorkerAsync(db, project);
        var ticket = await TicketAsync(db, project, worker);
        await PayOnSheetAsync(db, project, worker, 300m);
        await PayOnSheetAsync(db, project, worker, 400m);
        var payments = await db.Run<ListWagePayments, IReadOnlyList<WagePaymentSummary>>("cost.chen", u => u.ExecuteAsync(project.Id, May, worker.Id));

        await db.Run<ReverseWagePayment, WageSheetRow>("cost.chen", u => u.ExecuteAsync(project.Id, payments[0].Id, new DateOnly(2026, 6, 8)));
        await Assert.ThrowsAsync<ValidationFailedException>(() => RequestAsync(db, project, ticket));
        var row = await db.Run<ReverseWagePayment, WageSheetRow>("cost.chen", u => u.ExecuteAsync(project.Id, payments[1].Id, new DateOnly(2026, 6, 8)));
        var twice = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<ReverseWagePayment, WageSheetRow>("cost.chen",
            u => u.ExecuteAsync(project.Id, payments[1].Id, new DateOnly(2026, 6, 8))));
        var request = await RequestAsync(db, project, ticket);
        var after = await SheetRowAsync(db, project, worker);

        Assert.Equal((0m, 700m), (row.Paid, row.Payable));
        Assert.Equal("paymentId", twice.Errors[0].Field);
        Assert.Equal((ticket.Id, 700m), (request.TicketId, request.RequestedAmount));
        Assert.Equal((700m, 0m, 700m, 0m), (after.Requested, after.Paid, after.Unpaid, after.Payable));
    }

    [Fact]
    public async Task ReversingTheRequestsPaymentWithdrawsItAndFreesTheWagesForTheSheet()
    {
        var project = await MoneyProject.CreateAsync(db);
        var worker = await WorkerAsync(db, project);
        var ticket = await TicketAsync(db, project, worker);
        var request = await PaidRequestAsync(db, project, ticket);
        var paidRow = await SheetRowAsync(db, project, worker);
        var blocked = await Assert.ThrowsAsync<ValidationFailedException>(() => PayOnSheetAsync(db, project, worker, 700m));
        var payment = (await db.Run<ListPayments, IReadOnlyList<PaymentSummary>>("cost.chen", u => u.ExecuteAsync(project.Id, request.Id))).Single();

        var reversed = await db.Run<ReversePayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id, payment.Id, new DateOnly(2026, 6, 9)));
        var row = await PayOnSheetAsync(db, project, worker, 700m);

        Assert.Equal((700m, 0m, 700m, 0m), (paidRow.Owed, paidRow.Requested, paidRow.Paid, paidRow.Unpaid));
        Assert.Equal("amount", blocked.Errors[0].Field);
        Assert.Equal((PaymentStatus.Withdrawn, 0m), (reversed.Status, reversed.Paid));
        Assert.Equal((700m, 0m, 0m), (row.Paid, row.Requested, row.Unpaid));
    }

    [Fact]
    public async Task RejectingTheRequestFreesTheWagesForTheSheet()
    {
        var project = await MoneyProject.CreateAsync(db);
        var worker = await WorkerAsync(db, project);
        var ticket = await TicketAsync(db, project, worker);
        var request = await RequestAsync(db, project, ticket);

        await db.Run<RejectPayment, PaymentRequestSummary>("cost.chen", u => u.ExecuteAsync(project.Id, request.Id, "工人已现场领取", request.Version));
        var row = await PayOnSheetAsync(db, project, worker, 700m);

        Assert.Equal((700m, 0m, 0m), (row.Paid, row.Requested, row.Unpaid));
    }

    [Fact]
    public async Task WageSheetShowsOwedRequestedPaidUnpaidAndFlagsWagesUnpaidAfterTheMonthEnd()
    {
        var project = await MoneyProject.CreateAsync(db);
        var paidInPart = await WorkerAsync(db, project, "李建国");
        var inRequest = await WorkerAsync(db, project, "王大力", "320102199001011234");
        var settled = await WorkerAsync(db, project, "赵铁柱", "320102198505051235");
        await TicketAsync(db, project, paidInPart, days: 2m);
        await TicketAsync(db, project, settled, days: 1m);
        // One ticket for two workers, half paid through its request: each line is half paid.
        var shared = await DayLabourFlow.ApprovedAsync(db, project, DayLabourFlow.Ticket(project) with
        {
            Lines = [new TicketLineInput { WorkerId = inRequest.Id, Quantity = 2m }, new TicketLineInput { Trade = "普工", Headcount = 2, Quantity = 1m, Rate = 200m }],
        });
        await PayOnSheetAsync(db, project, paidInPart, 200m);
        await PayOnSheetAsync(db, project, settled, 350m);
        await PaidRequestAsync(db, project, shared, paid: 550m);

        var sheet = await db.Run<GetWageSheet, IReadOnlyList<WageSheetRow>>("cost.chen", u => u.ExecuteAsync(project.Id, May, null));

        Assert.Equal([
            ("李建国", 700m, 0m, 200m, 500m, 500m, true),
            ("王大力", 700m, 350m, 350m, 350m, 0m, true),
            ("赵铁柱", 350m, 0m, 350m, 0m, 0m, false),
        ], sheet.Select(r => (r.Name, r.Owed, r.Requested, r.Paid, r.Unpaid, r.Payable, r.Overdue)));
    }

    [Fact]
    public async Task TheCurrentMonthIsNotOverdueYet()
    {
        var project = await MoneyProject.CreateAsync(db);
        var worker = await WorkerAsync(db, project);
        await TicketAsync(db, project, worker, date: "2026-11-20");

        var row = (await db.Run<GetWageSheet, IReadOnlyList<WageSheetRow>>("cost.chen", u => u.ExecuteAsync(project.Id, new DateOnly(2026, 11, 1), null)))
            .Single();

        Assert.Equal((700m, false), (row.Unpaid, row.Overdue));
    }

    [Fact]
    public async Task ATicketWhoseWagesWerePaidCannotBeReversedUntilThePaymentIs()
    {
        using var culture = new Culture("en");
        var project = await MoneyProject.CreateAsync(db);
        var worker = await WorkerAsync(db, project);
        var ticket = await TicketAsync(db, project, worker);
        await PayOnSheetAsync(db, project, worker, 700m);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<ReverseTicket, TicketSummary>("pm.zhang",
            u => u.ExecuteAsync(project.Id, ticket.Id, new DateOnly(2026, 6, 10), ticket.Version)));
        var stored = await db.Run<GetTicket, TicketSummary>("pm.zhang", u => u.ExecuteAsync(project.Id, ticket.Id));

        Assert.Contains("wage payment of 700.00", refused.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Approved, stored.Status);
    }
}
