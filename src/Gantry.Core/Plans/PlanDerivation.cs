using Gantry.Core.Schedules;
using Gantry.Scheduling;

namespace Gantry.Core.Plans;

/// <summary>How a new plan's items are cut from the master or from the month's published plan.</summary>
public static class PlanDerivation
{
    /// <summary>
    /// Every master activity of the plan's organisation (all, when none) whose current dates overlap the
    /// window, in date order. Summary and hammock bars are left out: nobody is given them as work.
    /// </summary>
    public static void FromMaster(Plan plan, IEnumerable<Activity> activities, PlanCalendars calendars, DateTime dataDate)
    {
        var window = plan.Window;
        var order = 0;
        foreach (var activity in activities
                     .Where(a => a.Type is not (ActivityType.WbsSummary or ActivityType.LevelOfEffort)
                         && (plan.ResponsibleOrganisationId is null || a.ResponsibleOrganisationId == plan.ResponsibleOrganisationId))
                     .OrderBy(a => a.Start).ThenBy(a => a.Code, StringComparer.Ordinal))
        {
            if (calendars.Share(activity, window, dataDate) is { } share)
            {
                plan.AddCopiedItem(PlanItem.FromMaster(plan.Id, ++order, activity, share));
            }
        }
    }

    /// <summary>
    /// The month's items that fall in the week. A month's item spreads its work over its days in the
    /// month on its activity's calendar, and the week takes its part of that work, quantity and percent.
    /// </summary>
    public static void FromMonthly(Plan plan, Plan monthly, IReadOnlyDictionary<Guid, Activity> activities, PlanCalendars calendars)
    {
        var week = plan.Window;
        var order = 0;
        foreach (var item in monthly.Items.OrderBy(i => i.SortOrder))
        {
            if (item.PlannedFinish < week.First || item.PlannedStart > week.Last
                || (plan.ResponsibleOrganisationId is { } org && item.ResponsibleOrganisationId != org))
            {
                continue;
            }

            var calendar = calendars.For(item.ActivityId is { } a ? activities.GetValueOrDefault(a) : null);
            var share = WindowShare.Between(calendar, item.PlannedStart.ToDateTime(TimeOnly.MinValue),
                item.PlannedFinish.AddDays(1).ToDateTime(TimeOnly.MinValue), week, item.StartPercent, item.PlannedPercent);
            plan.AddCopiedItem(PlanItem.FromMonthly(plan.Id, ++order, item, share));
        }
    }
}
