using Gantry.Interchange.Excel;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Schedule;

/// <summary>The variance table as an .xlsx: one sheet per activity, one rolled up per WBS node, in the rows and order the page shows.</summary>
public static class VarianceWorkbook
{
    public static byte[] Write(IReadOnlyList<VarianceLine> activities, IReadOnlyList<VarianceLine> wbs, IStringLocalizer<BaselineResource> text)
    {
        var columns = new List<XlsxColumn>
        {
            new(text["Variance.Code"], 16), new(text["Variance.Name"], 40), new(text["Variance.BaselineStart"], 17),
            new(text["Variance.BaselineFinish"], 17), new(text["Variance.Start"], 17), new(text["Variance.Finish"], 17),
            new(text["Variance.StartDays"], 12), new(text["Variance.FinishDays"], 12), new(text["Variance.DurationDays"], 12),
        };
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream,
        [
            new XlsxSheet { Name = text["Variance.ActivitiesSheet"], Columns = columns, Rows = activities.Select(Row).ToList() },
            new XlsxSheet { Name = text["Variance.WbsSheet"], Columns = columns, Rows = wbs.Select(Row).ToList() },
        ]);
        return stream.ToArray();
    }

    private static object?[] Row(VarianceLine l) =>
        [l.Code, l.Name, l.BaselineStart, l.BaselineFinish, l.Start, l.Finish, l.StartVarianceDays, l.FinishVarianceDays, l.DurationVarianceDays];
}
