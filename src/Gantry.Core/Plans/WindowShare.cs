using Gantry.Scheduling.Calendars;

namespace Gantry.Core.Plans;

/// <summary>
/// The part of a piece of work that falls in a plan's window: the days it is worked there, its
/// working minutes there the percent complete planned at the window's start and the one to reach by its end. Work is
/// measured on the activity's calendar, so a holiday week asks for less than a full one.
/// </summary>
public sealed record WindowShare(DateOnly FirstDay, DateOnly LastDay, long WorkMinutes, double PercentAtStart, double PercentAtEnd)
{
    /// <summary>
    /// Work running from <paramref name="from"/> to <paramref name="to"/>, at <paramref name="startPercent"/> at its
    /// start and <paramref name="endPercent"/> at its end, cut to <paramref name="window"/>. The percent grows
    /// with the working minutes done, i.e. planned progress is linear in work time (P6's duration percent).
    /// </summary>
    public static WindowShare Between(WorkCalendar calendar, DateTime from, DateTime to, PlanWindow window, double startPercent,
        double endPercent)
    {
        var clipStart = from > window.Start ? from : window.Start;
        var clipEnd = to < window.End ? to : window.End;
        if (clipEnd < clipStart)
        {
            clipEnd = clipStart;
        }

        var work = calendar.WorkBetween(clipStart, clipEnd);
        var total = calendar.WorkBetween(from, to);
        double PercentAt(DateTime t) => t >= to || total <= 0 ? endPercent
            : t <= from ? startPercent
            : startPercent + ((endPercent - startPercent) * calendar.WorkBetween(from, t) / total);

        var firstWork = calendar.NextWorkStart(clipStart);
        var first = DateOnly.FromDateTime(firstWork < clipEnd ? firstWork : clipStart);
        var last = first;
        if (clipEnd > clipStart)
        {
            var lastWork = calendar.PreviousWorkEnd(clipEnd);
            // A finish at midnight belongs to the day before: the work ended as that day did.
            var lastDay = DateOnly.FromDateTime((lastWork > clipStart ? lastWork : clipEnd).AddTicks(-1));
            last = lastDay < first ? first : lastDay;
        }

        return new WindowShare(Clamp(first, window), Clamp(last, window), Math.Max(0, work), Round(PercentAt(window.Start)), Round(PercentAt(window.End)));
    }

    private static double Round(double percent) => Math.Round(Math.Clamp(percent, 0, 100), 1);

    private static DateOnly Clamp(DateOnly day, PlanWindow window) =>
        day < window.First ? window.First : day > window.Last ? window.Last : day;
}
