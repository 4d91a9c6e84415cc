using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.DayLabour;
using Gantry.Core.Funds;
using Gantry.Core.Tests.Costs;
using Gantry.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Gantry.Core.Tests.DayLabour.WageFlow;

namespace Gantry.Core.Tests.DayLabour;

/// <summary>
/// Two people paying the same wages at the same moment: each has checked that the wages are free, then
/// the other saves first. The database decides: one wins, the other is refused and told which record won.
/// </summary>
public sealed class WageRaceTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    [Fact]
    public async Task ASheetPaymentRacingARequestForTheSameTicketIsRefusedNamingTheRequest()
    {
        using var culture = new Culture("en");
        var project = await MoneyProject.CreateAsync(db);
        var worker = await WorkerAsync(db, project);
        var ticket = await TicketAsync(db, project, worker);
        PaymentRequestSummary? winner = null;

        var lost = await Assert.ThrowsAsync<ValidationFailedException>(() => RaceAsync<PayWages>(
            u => u.ExecuteAsync(project.Id, worker.Id, May, 700m, PaidOn),
            async () => winner = await RequestAsync(db, project, ticket)));
        var payments = await db.Run<ListWagePayments, IReadOnlyList<WagePaymentSummary>>("cost.chen", u => u.ExecuteAsync(project.Id, May));
        var row = await SheetRowAsync(db, project, worker);

        Assert.NotNull(winner);
        Assert.Contains($"payment request no. {winner.Number}", lost.Errors[0].Message, StringComparison.Ordinal);
        Assert.Empty(payments);
        Assert.Equal((700m, 0m, 0m), (row.Requested, row.Paid, row.Payable));
    }

    [Fact]
    public async Task ARequestRacingASheetPaymentForTheSameTicketIsRefusedNamingTheWagePayment()
    {
        using var culture = new Culture("en");
        var project = await MoneyProject.CreateAsync(db);
        var worker = await WorkerAsync(db, project);
        var ticket = await TicketAsync(db, project, worker);

        var lost = await Assert.ThrowsAsync<ValidationFailedException>(() => RaceAsync<RequestTicketPayment>(
            u => u.ExecuteAsync(project.Id, ticket.Id),
            () => PayOnSheetAsync(db, project, worker, 700m)));
        var requests = await db.Run<ListPaymentRequests, IReadOnlyList<PaymentRequestSummary>>("cost.chen", u => u.ExecuteAsync(project.Id, null));
        var row = await SheetRowAsync(db, project, worker);

        Assert.Equal("ticketId", lost.Errors[0].Field);
        Assert.Contains("paid on the wage sheet (wage payment of 700.00 on 2026-06-05)", lost.Errors[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(requests, r => r.TicketId == ticket.Id);
        Assert.Equal((700m, 0m), (row.Paid, row.Unpaid));
    }

    [Fact]
    public async Task TwoRequestsRacingForTheSameTicketLeaveOne()
    {
        var project = await MoneyProject.CreateAsync(db);
        var worker = await WorkerAsync(db, project);
        var ticket = await TicketAsync(db, project, worker);

        await Assert.ThrowsAnyAsync<GantryException>(() => RaceAsync<RequestTicketPayment>(
            u => u.ExecuteAsync(project.Id, ticket.Id),
            () => RequestAsync(db, project, ticket)));
        var requests = await db.Run<ListPaymentRequests, IReadOnlyList<PaymentRequestSummary>>("cost.chen", u => u.ExecuteAsync(project.Id, null));

        Assert.Single(requests, r => r.TicketId == ticket.Id);
    }

    [Fact]
    public async Task TwoSheetPaymentsRacingForTheSameWorkerPayOnce()
    {
        var project = await MoneyProject.CreateAsync(db);
        var worker = await WorkerAsync(db, project);
        await TicketAsync(db, project, worker);
        await PayOnSheetAsync(db, project, worker, 100m);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => RaceAsync<PayWages>(
            u => u.ExecuteAsync(project.Id, worker.Id, May, 600m, PaidOn),
            () => PayOnSheetAsync(db, project, worker, 600m)));
        var row = await SheetRowAsync(db, project, worker);

        Assert.Equal((700m, 0m), (row.Paid, row.Unpaid));
    }

    /// <summary>Runs <paramref name="loser"/> as the cost controller; the moment it saves, <paramref name="winner"/> runs and saves first.</summary>
    private Task RaceAsync<TUseCase>(Func<TUseCase, Task> loser, Func<Task> winner) where TUseCase : notnull =>
        db.As("cost.chen", async services =>
        {
            var context = services.GetRequiredService<GantryDbContext>();
            var raced = false;
            context.SavingChanges += (_, _) =>
            {
                if (!raced)
                {
                    raced = true;
                    Task.Run(winner).GetAwaiter().GetResult();
                }
            };
            await loser(services.GetRequiredService<TUseCase>());
        });
}
