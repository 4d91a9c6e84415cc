using System.Globalization;

namespace Gantry.Scheduling.Engine;

/// <summary>
/// The assignments of every activity as dense arrays (CSR like the links) and the two ways to
/// place them: forward from a start, each assignment waiting for its own calendar's next working
/// minute, or backward from a finish. An activity with assignments spans them, as MS Project and
/// P6 (resource-dependent activities) show it: earliest assignment start to latest assignment finish.
/// </summary>
internal sealed class AssignmentSpans
{
    private readonly int[] first;
    private readonly int[] calendar;
    private readonly long[] duration;
    private readonly Timeline[] timelines;

    public AssignmentSpans(IReadOnlyList<ScheduleActivity> activities, CalendarTimelines calendars, int[] activityCalendar)
    {
        timelines = calendars.All;
        first = new int[activities.Count + 1];
        var total = 0;
        for (var i = 0; i < activities.Count; i++)
        {
            // Milestones have no work to place; their assignments do not move them.
            total += activities[i].IsMilestone ? 0 : (activities[i].Assignments?.Count ?? 0);
            first[i + 1] = total;
        }

        calendar = new int[total];
        duration = new long[total];
        for (var i = 0; i < activities.Count; i++)
        {
            var a = activities[i];
            for (var k = first[i]; k < first[i + 1]; k++)
            {
                var assignment = a.Assignments[k - first[i]] ?? throw new ScheduleError(ScheduleErrorKind.InvalidInput, $"Activity '{a.Id}' has a null assignment.", [a.Id]);
                calendar[k] = assignment.CalendarId is null ? activityCalendar[i] : calendars.Resolve(assignment.CalendarId, a.Id);
                duration[k] = Duration(a, assignment);
            }
        }
    }

    public bool Any(int i) => first[i + 1] > first[i];

    /// <summary>Each assignment starts at its calendar's next working minute from <paramref name="startBound"/>.</summary>
    public (long Start, long Finish) Forward(int i, long startBound)
    {
        long start = long.MaxValue, finish = long.MinValue;
        for (var k = first[i]; k < first[i + 1]; k++)
        {
            var cal = timelines[calendar[k]];
            var s = cal.NextWorkStart(startBound);
            start = Math.Min(start, s);
            finish = Math.Max(finish, cal.AddWork(s, duration[k]));
        }

        return (start, finish);
    }

    /// <summary>
    /// Each assignment finishes at the last working instant of its calendar at or before
    /// <paramref name="finishBound"/>, or, with <paramref name="waitForWork"/>, at the first
    /// instant not before it that work can end at (the forward pass's finish bounds).
    /// </summary>
    public (long Start, long Finish) Backward(int i, long finishBound, bool waitForWork)
    {
        long start = long.MaxValue, finish = long.MinValue;
        for (var k = first[i]; k < first[i + 1]; k++)
        {
            var cal = timelines[calendar[k]];
            var f = waitForWork ? ForwardPass.FinishInstant(cal, finishBound, duration[k]) : cal.PreviousWorkEnd(finishBound);
            start = Math.Min(start, cal.SubtractWork(f, duration[k]));
            finish = Math.Max(finish, f);
        }

        return (start, finish);
    }

    /// <summary>
    /// Placed from a late start bound (start-type successor links): each assignment starts there
    /// when that is working time for it, else at the end of its previous working period.
    /// </summary>
    public (long Start, long Finish) FromLateStart(int i, long startBound)
    {
        long start = long.MaxValue, finish = long.MinValue;
        for (var k = first[i]; k < first[i + 1]; k++)
        {
            var cal = timelines[calendar[k]];
            var s = cal.IsWorking(startBound) ? startBound : cal.PreviousWorkEnd(startBound);
            start = Math.Min(start, s);
            finish = Math.Max(finish, cal.AddWork(s, duration[k]));
        }

        return (start, finish);
    }

    private static long Duration(ScheduleActivity a, ScheduleAssignment assignment)
    {
        if (assignment.DurationMinutes is { } explicitDuration)
        {
            return explicitDuration >= 0 ? explicitDuration
                : throw new ScheduleError(ScheduleErrorKind.InvalidInput, $"Activity '{a.Id}' has an assignment ({assignment.ResourceId}) with a negative duration.", [a.Id]);
        }

        if (assignment.RemainingWorkMinutes < 0)
        {
            throw new ScheduleError(ScheduleErrorKind.InvalidInput, $"Activity '{a.Id}' has an assignment ({assignment.ResourceId}) with negative work.", [a.Id]);
        }

        if (double.IsNaN(assignment.Units) || assignment.Units <= 0 || assignment.Units > 1e6)
        {
            throw new ScheduleError(ScheduleErrorKind.InvalidInput, string.Create(CultureInfo.InvariantCulture, $"Activity '{a.Id}' has an assignment ({assignment.ResourceId}) with units {assignment.Units}; units must be above 0."), [a.Id]);
        }

        // Half-time work takes twice as long on the resource's calendar.
        return (long)Math.Round(assignment.RemainingWorkMinutes / assignment.Units, MidpointRounding.AwayFromZero);
    }
}
