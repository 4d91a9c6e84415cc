using System.Text;
using Gantry.Core.Common;
using Gantry.Core.DayLabour;
using Gantry.Core.Funds;
using Gantry.Core.Tests.Costs;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.DayLabour;

/// <summary>Summaries by trade and period, the roster, the wage sheet and photos.</summary>
public sealed class SummaryAndWageTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    [Fact]
    public async Task SummaryGroupsByTradeWeekAndMonth()
    {
        var project = await MoneyProject.CreateAsync(db);
        // 2026-05-11 is a Monday; the 17th a Sunday of the same week; the 18th starts the next.
        await DayLabourFlow.ApprovedAsync(db, project, DayLabourFlow.Ticket(project, date: "2026-05-11"));
        await DayLabourFlow.ApprovedAsync(db, project, DayLabourFlow.Ticket(project, date: "2026-05-17") with
        {
            Lines = [new TicketLineInput { Trade = "管工", Headcount = 1, Quantity = 4m, Unit = LabourUnit.Hours, Rate = 50m }],
        });
        await DayLabourFlow.ApprovedAsync(db, project, DayLabourFlow.Ticket(project, date: "2026-05-18"));
        await DayLabourFlow.WriteAsync(db, project, DayLabourFlow.Ticket(project, date: "2026-05-19"));

        async Task<IReadOnlyList<DayLabourSummaryRow>> By(DayLabourGrouping grouping) =>
            await db.Run<GetDayLabourSummary, IReadOnlyList<DayLabourSummaryRow>>("cost.chen",
                u => u.ExecuteAsync(project.Id, new DayLabourSummaryQuery { Grouping = grouping }));

        Assert.Equal([("电工", 4m, 1200m), ("管工", 0.5m, 200m)], (await By(DayLabourGrouping.Trade)).Select(r => (r.Label, r.WorkerDays, r.Amount)));
        Assert.Equal([("2026-05-11", 2, 800m), ("2026-05-18", 1, 600m)], (await By(DayLabourGrouping.Week)).Select(r => (r.Key, r.Entries, r.Amount)));
        Assert.Equal([("2026-05", 3, 1400m)], (await By(DayLabourGrouping.Month)).Select(r => (r.Label, r.Entries, r.Amount)));
    }

    [Fact]
    public async Task WageSheetShowsOwedPaidAndUnpaidAndRefusesOverpayment()
    {
        var project = await MoneyProject.CreateAsync(db);
        var worker = await db.Run<SaveWorker, WorkerSummary>("sub.sun", u => u.ExecuteAsync(project.Id, null, new WorkerInput
        {
            Name = "李建国", IdNumber = "32010219800101123X", Trade = "电工", CrewOrganisationId = project.MepId, CrewName = "水电一班", DailyRate = 350m,
        }));
        await DayLabourFlow.ApprovedAsync(db, project, DayLabourFlow.Ticket(project) with
        {
            Lines = [new TicketLineInput { WorkerId = worker.Id, Quantity = 2m }],
        });

        await db.Run<PayWages, WageSheetRow>("cost.chen", u => u.ExecuteAsync(project.Id, worker.Id, new DateOnly(2026, 5, 1), 500m, new DateOnly(2026, 6, 5)));
        var over = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<PayWages, WageSheetRow>("cost.chen",
            u => u.ExecuteAsync(project.Id, worker.Id, new DateOnly(2026, 5, 1), 300m, new DateOnly(2026, 6, 5))));
        var sheet = await db.Run<GetWageSheet, IReadOnlyList<WageSheetRow>>("sub.sun", u => u.ExecuteAsync(project.Id, new DateOnly(2026, 5, 20), null));

        Assert.Equal("3201**********123X", worker.MaskedIdNumber);
        Assert.Equal("amount", over.Errors[0].Field);
        Assert.Equal([("李建国", 2m, 700m, 500m, 200m)], sheet.Select(r => (r.Name, r.WorkerDays, r.Owed, r.Paid, r.Unpaid)));
    }

    [Fact]
    public async Task WagesPaidForAnApprovedTicketAppearInThatMonthsCashFlow()
    {
        var project = await MoneyProject.CreateAsync(db);
        var worker = await db.Run<SaveWorker, WorkerSummary>("sub.sun", u => u.ExecuteAsync(project.Id, null, new WorkerInput
        {
            Name = "王大力", IdNumber = "320102199001011234", Trade = "电工", CrewOrganisationId = project.MepId, CrewName = "水电一班", DailyRate = 300m,
        }));
        await DayLabourFlow.ApprovedAsync(db, project, DayLabourFlow.Ticket(project, date: "2026-06-10") with
        {
            Lines = [new TicketLineInput { WorkerId = worker.Id, Quantity = 3m }],
        });

        await db.Run<PayWages, WageSheetRow>("cost.chen", u => u.ExecuteAsync(project.Id, worker.Id, new DateOnly(2026, 6, 1), 900m, new DateOnly(2026, 7, 5)));
        var flow = await db.Run<GetCashFlow, CashFlow>("pm.zhang", u => u.ExecuteAsync(project.Id));

        var july = Assert.Single(flow.Months);
        Assert.Equal((new DateOnly(2026, 7, 1), 900m, -900m), (july.Month, july.ActualOut, july.ActualCumulative));
    }

    [Fact]
    public async Task RosterRefusesAMalformedIdNumber()
    {
        var project = await MoneyProject.CreateAsync(db);

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<SaveWorker, WorkerSummary>("sub.sun",
            u => u.ExecuteAsync(project.Id, null, new WorkerInput { Name = "王五", IdNumber = "12345", Trade = "木工", CrewOrganisationId = project.MepId })));

        Assert.Equal(["idNumber"], ex.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task PhotoIsStoredWhenItIsAnImageAndRefusedOtherwise()
    {
        var project = await MoneyProject.CreateAsync(db);
        var ticket = await DayLabourFlow.WriteAsync(db, project, DayLabourFlow.Ticket(project));
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3];

        var photo = await db.Run<AttachTicketPhoto, PhotoSummary>("sub.sun", u => u.ExecuteAsync(project.Id, ticket.Id, "现场.png", new MemoryStream(png)));
        var notImage = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<AttachTicketPhoto, PhotoSummary>("sub.sun",
            u => u.ExecuteAsync(project.Id, ticket.Id, "fake.jpg", new MemoryStream(Encoding.UTF8.GetBytes("<script>alert(1)</script>")))));
        var file = await db.As("site.wang", sp => ((ListTicketPhotos)sp.GetService(typeof(ListTicketPhotos))!).FileAsync(project.Id, ticket.Id, photo.Id));

        Assert.Equal(("image/png", 15L), (photo.ContentType, photo.Size));
        Assert.Equal(png, await File.ReadAllBytesAsync(file.Path));
        Assert.Equal("file", notImage.Errors[0].Field);
    }
}
