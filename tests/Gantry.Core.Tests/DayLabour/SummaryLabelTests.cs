using Gantry.Core.Costs;
using Gantry.Core.DayLabour;
using Gantry.Core.Tests.Costs;
using Gantry.Tests.Infrastructure;
using Xunit;

namespace Gantry.Core.Tests.DayLabour;

/// <summary>Summaries and the cost report name WBS nodes and activities by code and name, as planners know them, never by id.</summary>
public sealed class SummaryLabelTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    [Fact]
    public async Task SummaryByWbsAndByActivityShowsCodesAndNames()
    {
        var project = await MoneyProject.CreateAsync(db);
        await DayLabourFlow.ApprovedAsync(db, project, DayLabourFlow.Ticket(project));

        var byWbs = await db.Run<GetDayLabourSummary, IReadOnlyList<DayLabourSummaryRow>>("pm.zhang",
            u => u.ExecuteAsync(project.Id, new DayLabourSummaryQuery { Grouping = DayLabourGrouping.Wbs }));
        var byActivity = await db.Run<GetDayLabourSummary, IReadOnlyList<DayLabourSummaryRow>>("pm.zhang",
            u => u.ExecuteAsync(project.Id, new DayLabourSummaryQuery { Grouping = DayLabourGrouping.Activity }));

        Assert.Equal("40 WBS 40", Assert.Single(byWbs).Label);
        Assert.Equal("A4001 机电配管", Assert.Single(byActivity).Label);
    }

    [Fact]
    public async Task CostReportRowsCarryTheWbsCodeAndName()
    {
        var project = await MoneyProject.CreateAsync(db);
        await DayLabourFlow.ApprovedAsync(db, project, DayLabourFlow.Ticket(project));

        var report = await db.Run<GetCostReport, CostReport>("cost.chen", u => u.ExecuteAsync(project.Id, CostReportGrouping.Wbs));

        Assert.Contains(report.Rows, r => r is { WbsCode: "40", WbsName: "WBS 40" } && r.Actual == 600m);
    }
}
