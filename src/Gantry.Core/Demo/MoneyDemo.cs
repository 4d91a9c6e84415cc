using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.DayLabour;
using Gantry.Core.Funds;
using Gantry.Core.Projects;

namespace Gantry.Core.Demo;

/// <summary>
/// The money of 滨江花园3号楼 as of late November 2026: an approved target cost spread over the
/// phases, the owner contract, two subcontracts and a materials contract, eight months of costs,
/// progress payment applications and receipts, payments, and October–November day labour.
/// Budget, contracts and costs sit on the schedule's WBS phases (codes "1"–"7", see DemoSchedule) where
/// a cost controller would put them; machinery, site overhead and fees stay project-level (no WBS node),
/// as they serve every phase.
/// </summary>
internal static class MoneyDemo
{
    public static async Task SeedAsync(GantryDbContext db, Project project, DemoParties parties, DateTime now,
        CancellationToken cancellationToken)
    {
        await CostCodeDefaults.EnsureAsync(db, project.Id, cancellationToken);
        var codes = db.CostCodes.Local.Where(c => c.ProjectId == project.Id).ToDictionary(c => c.Category, c => c.Id);
        var phases = db.WbsNodes.Local.Where(w => w.ProjectId == project.Id).ToDictionary(w => w.Code, w => (Guid?)w.Id, StringComparer.Ordinal);
        Guid? structure = phases.GetValueOrDefault("2"), mepWorks = phases.GetValueOrDefault("4"), facadeWorks = phases.GetValueOrDefault("5"),
            fitOut = phases.GetValueOrDefault("6");

        var budget = BudgetVersion.Create(project.Id, 1, "目标成本（2026年3月批复）");
        db.BudgetVersions.Add(budget);
        (Guid? Wbs, CostCategory Category, string Text, decimal Amount, DateOnly Start, DateOnly Finish)[] lines =
        [
            (structure, CostCategory.Labour, "主体结构人工", 9_800_000m, new(2026, 3, 2), new(2026, 11, 30)),
            (fitOut, CostCategory.Labour, "装饰装修人工", 4_200_000m, new(2026, 11, 1), new(2027, 6, 15)),
            (structure, CostCategory.Materials, "钢筋、混凝土、模板", 21_500_000m, new(2026, 3, 2), new(2026, 11, 30)),
            (fitOut, CostCategory.Materials, "装饰材料", 6_300_000m, new(2026, 10, 1), new(2027, 6, 15)),
            (null, CostCategory.Machinery, "塔吊、施工电梯、泵车", 3_600_000m, new(2026, 3, 2), new(2027, 3, 31)),
            (mepWorks, CostCategory.Subcontract, "机电安装分包", 11_900_000m, new(2026, 6, 1), new(2027, 5, 31)),
            (facadeWorks, CostCategory.Subcontract, "幕墙分包", 8_900_000m, new(2026, 9, 1), new(2027, 4, 30)),
            (null, CostCategory.SiteOverhead, "现场管理费", 4_100_000m, new(2026, 3, 2), new(2027, 6, 30)),
            (null, CostCategory.Other, "安全文明施工、规费", 2_400_000m, new(2026, 3, 2), new(2027, 6, 30)),
        ];
        foreach (var (wbs, category, text, amount, start, finish) in lines)
        {
            db.BudgetLines.Add(BudgetLine.Create(project.Id, budget.Id, new BudgetLineValues(wbs, null, codes[category], text, amount, start, finish)));
        }

        budget.Approve(parties.Manager, now);

        var owner = Contract(project, "BJHY3-ZB-001", "滨江花园3号楼施工总承包合同", ContractKind.Owner, parties.Owner, 86_500_000m, 0.09m, null,
            "按月计量，审定产值的80%于次月28日内支付；竣工结算后付至97%，质保金3%两年后返还。", new(2026, 2, 20));
        var mep = Contract(project, "BJHY3-FB-JD", "机电安装工程分包合同", ContractKind.Subcontract, parties.Mep, 12_800_000m, 0.09m,
            codes[CostCategory.Subcontract], "按月计量付款75%，验收后付至95%，质保金5%。", new(2026, 5, 18), mepWorks);
        var facade = Contract(project, "BJHY3-FB-MQ", "幕墙工程分包合同", ContractKind.Subcontract, parties.Facade, 9_600_000m, 0.09m,
            codes[CostCategory.Subcontract], "预付款10%，按月计量付款75%。", new(2026, 8, 25), facadeWorks);
        var steel = Contract(project, "BJHY3-CG-GJ", "钢筋、商品混凝土采购合同", ContractKind.Purchase, parties.Supplier, 18_500_000m, 0.13m,
            codes[CostCategory.Materials], "货到验收后次月付款90%。", new(2026, 3, 5), structure);
        db.Contracts.AddRange(owner, mep, facade, steel);
        var change = ContractVariation.Create(owner, "BG-003", VariationKind.Change, "地下室防水做法变更（业主指令）", new(2026, 6, 12), 436_000m, null);
        change.Decide(true, parties.Manager, now);
        var extra = ContractVariation.Create(mep, "BG-JD-01", VariationKind.Change, "增加消防喷淋支管", new(2026, 9, 3), 218_000m, null);
        extra.Decide(true, parties.Manager, now);
        db.ContractVariations.AddRange(change, extra);

        // Monthly actual costs March–October; materials include 13 % VAT, labour and overhead none.
        var random = new Random(20260302);
        for (var month = new DateOnly(2026, 3, 1); month <= new DateOnly(2026, 10, 1); month = month.AddMonths(1))
        {
            var day = month.AddDays(24);
            Cost(db, project, structure, codes[CostCategory.Labour], day, "月度劳务结算", 980_000m + random.Next(0, 180_000), 0m, parties.CostController, now);
            Cost(db, project, structure, codes[CostCategory.Materials], day, "钢筋混凝土到货", 2_100_000m + random.Next(0, 400_000), 0.13m, parties.CostController, now, steel.Id);
            Cost(db, project, null, codes[CostCategory.Machinery], day, "塔吊租赁及台班", 210_000m + random.Next(0, 40_000), 0.13m, parties.CostController, now);
            Cost(db, project, null, codes[CostCategory.SiteOverhead], day, "现场管理费用", 260_000m + random.Next(0, 30_000), 0m, parties.CostController, now);
        }

        Funds(db, project, owner, mep, steel, parties, now);
        await db.SaveChangesAsync(cancellationToken);
        await DayLabourDemo.SeedAsync(db, project, parties, codes[CostCategory.Labour], mep, now, cancellationToken);
    }

    private static Contract Contract(Project project, string code, string name, ContractKind kind, Guid party, decimal amount, decimal vat,
        Guid? costCode, string terms, DateOnly signedOn, Guid? wbs = null)
    {
        var contract = Costs.Contract.Create(project.Id, new ContractValues(code, name, kind, party, amount, vat,
            kind == ContractKind.Owner ? 0.03m : 0.05m, kind == ContractKind.Owner ? 0.80m : 0.75m, 28, terms, wbs, costCode));
        contract.Sign(signedOn);
        return contract;
    }

    private static void Cost(GantryDbContext db, Project project, Guid? wbs, Guid code, DateOnly date, string text, decimal amount, decimal vat,
        Guid user, DateTime now, Guid? contract = null) =>
        db.CostRecords.Add(CostRecord.Create(project.Id, new CostRecordValues(CostRecordKind.Actual, date, wbs, null, code, contract, text,
            amount, vat), CostSource.Manual, null, user, now));

    private static void Funds(GantryDbContext db, Project project, Contract owner, Contract mep, Contract steel, DemoParties parties, DateTime now)
    {
        decimal[] measured = [3_150_000m, 5_420_000m, 6_180_000m, 6_750_000m, 7_020_000m, 6_890_000m, 7_340_000m];
        for (var i = 0; i < measured.Length; i++)
        {
            var periodEnd = new DateOnly(2026, 4 + i, 25);
            var application = PaymentApplication.Create(project.Id, owner.Id, i + 1, periodEnd, measured[i]);
            var approved = decimal.Round(measured[i] * 0.94m / 1000m) * 1000m;
            application.Approve(approved, decimal.Round(approved * 0.03m, 2), i < 3 ? 300_000m : 0m, periodEnd.AddDays(12));
            application.RecordInvoice("3200261" + (130 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), approved, periodEnd.AddDays(14));
            db.PaymentApplications.Add(application);
            // The owner pays 80 % about four weeks after approval; the last application is still open.
            if (i < measured.Length - 1)
            {
                db.Receipts.Add(Receipt.Create(project.Id, application.Id, decimal.Round(application.NetDue * 0.8m / 100m) * 100m,
                    periodEnd.AddDays(38), null, parties.CostController));
            }
        }

        var number = 1;
        void Pay(Contract contract, decimal amount, DateOnly approvedOn, DateOnly? paidOn, string text)
        {
            var request = PaymentRequest.Create(project.Id, number++, new PaymentRequestValues(contract.CounterpartyId, contract.Id, null, null,
                text, amount, InvoiceStatus.Received), parties.CostController, now);
            request.Check(parties.CostController, now);
            request.Approve(amount, null, parties.Manager, now, approvedOn);
            db.PaymentRequests.Add(request);
            if (paidOn is { } on)
            {
                db.Payments.Add(Payment.Create(request, amount, on, null, parties.CostController));
            }
        }

        for (var month = 4; month <= 10; month++)
        {
            Pay(steel, 1_900_000m + month * 40_000m, new DateOnly(2026, month, 10), new DateOnly(2026, month, 20), $"{month}月钢筋混凝土货款");
        }

        Pay(mep, 1_150_000m, new DateOnly(2026, 8, 12), new DateOnly(2026, 8, 30), "机电第1期进度款");
        Pay(mep, 1_380_000m, new DateOnly(2026, 9, 11), new DateOnly(2026, 9, 29), "机电第2期进度款");
        Pay(mep, 1_420_000m, new DateOnly(2026, 10, 12), null, "机电第3期进度款");
    }
}
