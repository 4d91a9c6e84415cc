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

    /// <summary>
    /// <paramref name="first"/> holds the running total of <see cref="CountOf"/> (first[i + 1] after
    /// activity i), filled by the caller's own pass over the activities so a million of them are
    /// read once; only activities with assignments are read again here.
    /// </summary>
    public AssignmentSpans(IReadOnlyList<ScheduleActivity> activities, CalendarTimelines calendars, int[] activityCalendar, int[] first)
    {
        timelines = calendars.All;
        this.first = first;
        var total = first[activities.Count];
        calendar = new int[total];
        duration = new long[total];
        for (var i = 0; i < activities.Count; i++)
        {
            if (first[i + 1] == first[i])
            {
                continue;
            }

            var a = activities[i];
            for (var k = first[i]; k < first[i + 1]; k++)
            {
                var assignment = a.Assignments[k - first[i]] ?? throw new ScheduleError(ScheduleErrorKind.InvalidInput, EngineText.Format("NullAssignment", a.Id), [a.Id]);
                calendar[k] = assignment.CalendarId is null ? activityCalendar[i] : calendars.Resolve(assignment.CalendarId, a.Id);
                duration[k] = Duration(a, assignment);
            }
        }
    }

    /// <summary>The assignments that place an activity: milestones have no work to place, so theirs do not move them.</summary>
    public static int CountOf(ScheduleActivity activity) => activity.IsMilestone ? 0 : (activity.Assignments?.Count ?? 0);

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
                : throw new ScheduleError(ScheduleErrorKind.InvalidInput, EngineText.Format("AssignmentNegativeDuration", a.Id, assignment.ResourceId), [a.Id]);
        }

        if (assignment.RemainingWorkMinutes < 0)
        {
            throw new ScheduleError(ScheduleErrorKind.InvalidInput, EngineText.Format("AssignmentNegativeWork", a.Id, assignment.ResourceId), [a.Id]);
        }

        if (double.IsNaN(assignment.Units) || assignment.Units <= 0 || assignment.Units > 1e6)
        {
            throw new ScheduleError(ScheduleErrorKind.InvalidInput, EngineText.Format("AssignmentUnits", a.Id, assignment.ResourceId, assignment.Units), [a.Id]);
        }

        // Half-time work takes twice as long on the resource's calendar.
        return (long)Math.Round(assignment.RemainingWorkMinutes / assignment.Units, MidpointRounding.AwayFromZero);
    }
}
