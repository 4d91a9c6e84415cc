using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.DayLabour;
using Gantry.Core.Projects;

namespace Gantry.Core.Demo;

/// <summary>
/// Two months (October–November 2026) of day-labour tickets on 滨江花园3号楼: the MEP subcontractor's
/// crew and the contractor's own carpenters, mostly approved, the latest ones still waiting for
/// signatures, one back-charged to the MEP subcontractor.
/// </summary>
internal static class DayLabourDemo
{
    public static async Task SeedAsync(GantryDbContext db, Project project, DemoParties parties, Guid labourCode, Contract mepContract,
        DateTime now, CancellationToken cancellationToken)
    {
        (string Name, string Id, string Trade, Guid Crew, string CrewName, decimal Rate)[] roster =
        [
            ("陈国强", "320102198203154512", "电工", parties.Mep, "水电一班", 380m),
            ("刘海波", "320114198907214837", "电工", parties.Mep, "水电一班", 360m),
            ("周小军", "342221199102035519", "管工", parties.Mep, "水电一班", 350m),
            ("黄志明", "342622198811247713", "焊工", parties.Mep, "水电一班", 400m),
            ("孙德胜", "320125197605182211", "木工", parties.Contractor, "木工一班", 420m),
            ("马建华", "320125198010093315", "木工", parties.Contractor, "木工一班", 400m),
            ("杨立新", "410523198512126653", "钢筋工", parties.Contractor, "钢筋班", 380m),
            ("赵春生", "410523199204305571", "普工", parties.Contractor, "杂工班", 260m),
        ];
        var workers = roster.Select(r => Worker.Create(project.Id, new WorkerValues(r.Name, r.Id, r.Trade, r.Crew, r.CrewName, r.Rate, true))).ToList();
        db.Workers.AddRange(workers);

        var places = new[] { "3号楼地下室", "3号楼 4层", "3号楼 7层", "3号楼屋面", "3号楼 1层大堂" };
        var reasons = Enum.GetValues<DayLabourReason>();
        var number = 1;
        for (var date = new DateOnly(2026, 10, 8); date <= new DateOnly(2026, 11, 24); date = date.AddDays(3))
        {
            var mepCrew = number % 2 == 1;
            var crew = workers.Where(w => w.CrewOrganisationId == (mepCrew ? parties.Mep : parties.Contractor)).Take(2 + number % 2).ToList();
            var lines = crew.Select(w => new TicketLineValues(w.Id, w.Trade, 1, number % 3 == 0 ? 4m : 1m,
                number % 3 == 0 ? LabourUnit.Hours : LabourUnit.Days, number % 3 == 0 ? decimal.Round(w.DailyRate / 8m, 2) : w.DailyRate)).ToList();
            if (number % 4 == 0)
            {
                lines.Add(new TicketLineValues(null, "普工", 3, 1m, LabourUnit.Days, 240m));
            }

            var backCharge = number == 5;
            var ticket = DayLabourTicket.Create(project.Id, number, new TicketValues(date, places[number % places.Length], reasons[number % reasons.Length],
                backCharge ? "机电预埋遗漏，土建配合剔凿返工" : "配合现场施工", null, null, labourCode,
                mepCrew ? parties.Mep : parties.Contractor, crew[0].CrewName,
                backCharge ? ChargeTo.BackCharge : ChargeTo.OwnCost, backCharge ? mepContract.Id : null, backCharge ? parties.Mep : null, lines));
            db.DayLabourTickets.Add(ticket);
            var signedAt = date.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc);
            ticket.Submit(mepCrew ? parties.MepForeman : parties.SiteEngineer, signedAt);
            // The last week's tickets are still on their way through the signatures.
            if (date < new DateOnly(2026, 11, 18))
            {
                ticket.Verify(parties.SiteEngineer, signedAt.AddHours(1));
                ticket.Approve(parties.Manager, signedAt.AddDays(1));
                await TicketPosting.PostAsync(db, ticket, parties.Manager, now, cancellationToken);
            }

            number++;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var worker in workers.Take(4))
        {
            var payment = WagePayment.Create(project.Id, worker.Id, new DateOnly(2026, 10, 1), 600m, new DateOnly(2026, 11, 10), parties.CostController);
            db.WagePayments.Add(payment);
            // The wage sheet took these October lines, as PayWages would have.
            var lines = await WageCovers.LinesOfWorkerAsync(db, project.Id, worker.Id, new DateOnly(2026, 10, 1), cancellationToken);
            db.WageCovers.AddRange(lines.Select(l => WageCover.ForWageSheet(l, payment.Id)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
