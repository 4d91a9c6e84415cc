using Gantry.Core.Funds;

namespace Gantry.Web.Funds;

/// <summary>
/// Shows only the months in a range. The cumulative columns are left as Core computed them (from
/// the first month of the project), because a cumulative that restarted at the filter would hide a gap.
/// </summary>
public static class CashFlowRange
{
    public static CashFlow Limit(CashFlow flow, DateOnly? from, DateOnly? to)
    {
        var first = from is { } f ? new DateOnly(f.Year, f.Month, 1) : DateOnly.MinValue;
        var last = to ?? DateOnly.MaxValue;
        return flow with { Months = flow.Months.Where(m => m.Month >= first && m.Month <= last).ToList() };
    }
}
