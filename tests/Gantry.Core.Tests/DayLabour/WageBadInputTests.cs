using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.DayLabour;
using Gantry.Core.Tests.Costs;
using Gantry.Tests.Infrastructure;
using Xunit;
using static Gantry.Core.Tests.DayLabour.WageFlow;

namespace Gantry.Core.Tests.DayLabour;

/// <summary>Bad wage input gets a message naming the field and changes nothing.</summary>
public sealed class WageBadInputTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    [Theory]
    [InlineData(-100, "2026-06-05", "amount")]
    [InlineData(0, "2026-06-05", "amount")]
    [InlineData(100.001, "2026-06-05", "amount")]
    [InlineData(100, "2026-01-05", "paidOn")]
    [InlineData(100, "2027-07-01", "paidOn")]
    public async Task BadWagePaymentIsRefusedNamingTheFieldAndPaysNothing(double amount, string paidOn, string field)
    {
        var project = await MoneyProject.CreateAsync(db);
        var worker = await WorkerAsync(db, project);
        await TicketAsync(db, project, worker);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<PayWages, WageSheetRow>("cost.chen",
            u => u.ExecuteAsync(project.Id, worker.Id, May, (decimal)amount, DateOnly.Parse(paidOn, System.Globalization.CultureInfo.InvariantCulture))));
        var row = await SheetRowAsync(db, project, worker);

        Assert.Equal(field, refused.Errors[0].Field);
        Assert.Equal((0m, 700m), (row.Paid, row.Unpaid));
    }

    [Fact]
    public async Task WagesPaidInAClosedMonthAreRefusedAndSoIsAReversalDatedThere()
    {
        using var culture = new Culture("en");
        var project = await MoneyProject.CreateAsync(db);
        var worker = await WorkerAsync(db, project);
        await TicketAsync(db, project, worker);
        await PayOnSheetAsync(db, project, worker, 300m);
        var payment = (await db.Run<ListWagePayments, IReadOnlyList<WagePaymentSummary>>("cost.chen", u => u.ExecuteAsync(project.Id, May))).Single();
        await db.Run<CloseMonth, IReadOnlyList<DateOnly>>("cost.chen", u => u.ExecuteAsync(project.Id, new DateOnly(2026, 6, 1)));

        var pay = await Assert.ThrowsAsync<ValidationFailedException>(() => PayOnSheetAsync(db, project, worker, 100m));
        var reverse = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<ReverseWagePayment, WageSheetRow>("cost.chen",
            u => u.ExecuteAsync(project.Id, payment.Id, new DateOnly(2026, 6, 30))));
        var row = await SheetRowAsync(db, project, worker);

        Assert.Equal("paidOn", pay.Errors[0].Field);
        Assert.Contains("2026-06", pay.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("date", reverse.Errors[0].Field);
        Assert.Equal((300m, 400m), (row.Paid, row.Unpaid));
    }

    [Fact]
    public async Task OnlyWhoManagesFundsPaysOrReversesWages()
    {
        var project = await MoneyProject.CreateAsync(db);
        var worker = await WorkerAsync(db, project);
        await TicketAsync(db, project, worker);
        await PayOnSheetAsync(db, project, worker, 300m);
        var payment = (await db.Run<ListWagePayments, IReadOnlyList<WagePaymentSummary>>("cost.chen", u => u.ExecuteAsync(project.Id, May))).Single();

        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<PayWages, WageSheetRow>("sub.sun",
            u => u.ExecuteAsync(project.Id, worker.Id, May, 100m, PaidOn)));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<ReverseWagePayment, WageSheetRow>("site.wang",
            u => u.ExecuteAsync(project.Id, payment.Id, PaidOn)));
        var row = await SheetRowAsync(db, project, worker);

        Assert.Equal(300m, row.Paid);
    }
}
