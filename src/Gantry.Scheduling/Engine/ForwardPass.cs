namespace Gantry.Scheduling.Engine;

/// <summary>
/// Early dates, activity by activity in logic order: the latest date every predecessor link,
/// the data date and the early-date constraints allow. Level-of-effort and WBS summary
/// activities take their dates from others afterwards, so they drive nothing here.
/// </summary>
internal sealed class ForwardPass(CompiledNetwork net, ScheduleState state, ScheduleOptions options)
{
    private readonly Timeline[] calendars = net.Calendars.All;
    private readonly long dataDate = Minutes.From(options.DataDate ?? options.ProjectStart);
    private readonly long projectStart = Minutes.From(options.ProjectStart);

    public void Run()
    {
        foreach (var i in net.Order)
        {
            Compute(i);
        }
    }

    /// <summary>Recomputes one activity's early dates; true when they changed.</summary>
    public bool Compute(int i)
    {
        // Successors read the logic dates, so those decide whether the change travels on.
        var oldStart = state.LogicEarlyStart[i];
        var oldFinish = state.LogicEarlyFinish[i];
        if (IsDerived(net.Types[i]))
        {
            // Placeholder until the roll-up: the data date keeps the pass total.
            state.EarlyStart[i] = state.EarlyFinish[i] = state.LogicEarlyStart[i] = state.LogicEarlyFinish[i] = dataDate;
            state.Duration[i] = 0;
            return oldStart != dataDate || oldFinish != dataDate;
        }

        var started = net.ActualStart[i] != Minutes.None;
        if (net.ActualFinish[i] != Minutes.None)
        {
            return CompleteActivity(i, oldStart, oldFinish);
        }

        var own = calendars[net.Calendar[i]];
        var work = calendars[net.DurationCalendar[i]];
        var duration = net.RemainingDuration[i];

        // Remaining work never starts before the data date, nor unstarted work before the project start.
        var startBound = Math.Max(dataDate, projectStart);
        if (started && net.Resume[i] != Minutes.None && net.Suspend[i] != Minutes.None)
        {
            startBound = Math.Max(startBound, net.Resume[i]);
        }

        var finishBound = Minutes.None;
        if (!started || options.ProgressRule == ProgressRule.RetainedLogic)
        {
            ApplyLinks(i, started, ref startBound, ref finishBound);
        }

        var mandatoryStart = Minutes.None;
        var mandatoryFinish = Minutes.None;
        if (!started)
        {
            ApplyConstraint(net.Constraint1[i], net.Constraint1Date[i], ref startBound, ref finishBound, ref mandatoryStart, ref mandatoryFinish);
            ApplyConstraint(net.Constraint2[i], net.Constraint2Date[i], ref startBound, ref finishBound, ref mandatoryStart, ref mandatoryFinish);
        }

        long start;
        long finish;
        if (net.Assignments.Any(i))
        {
            (start, finish) = PlaceAssignments(i, startBound, finishBound, mandatoryStart, mandatoryFinish);
            duration = own.WorkBetween(start, finish);
        }
        else if (mandatoryStart != Minutes.None)
        {
            start = own.NextWorkStart(mandatoryStart);
            finish = work.AddWork(start, duration);
        }
        else if (mandatoryFinish != Minutes.None)
        {
            finish = FinishInstant(work, mandatoryFinish, duration);
            start = work.SubtractWork(finish, duration);
        }
        else
        {
            if (net.Types[i] != ActivityType.FinishMilestone && ReferenceEquals(own, work) && !FinishesAtExpected(i))
            {
                finish = own.AddWorkFromNextStart(startBound, duration, out start);
            }
            else
            {
                start = net.Types[i] == ActivityType.FinishMilestone ? FinishInstant(own, startBound, 0) : own.NextWorkStart(startBound);
                duration = DurationFrom(i, start, duration, work);
                finish = work.AddWork(start, duration);
            }

            if (finishBound != Minutes.None && finishBound > finish)
            {
                finish = FinishInstant(work, finishBound, duration);
                start = duration == 0 ? finish : work.SubtractWork(finish, duration);
            }
        }

        state.Duration[i] = duration;
        state.EarlyStart[i] = state.LogicEarlyStart[i] = start;
        state.EarlyFinish[i] = state.LogicEarlyFinish[i] = finish;
        return oldStart != start || oldFinish != finish;
    }

    /// <summary>
    /// The early span of an activity placed by its assignments, with the same precedence as a
    /// duration: a mandatory date, else the start bound, pushed later by a finish bound.
    /// </summary>
    private (long Start, long Finish) PlaceAssignments(int i, long startBound, long finishBound, long mandatoryStart, long mandatoryFinish)
    {
        var spans = net.Assignments;
        if (mandatoryStart != Minutes.None)
        {
            return spans.Forward(i, mandatoryStart);
        }

        if (mandatoryFinish != Minutes.None)
        {
            return spans.Backward(i, mandatoryFinish, waitForWork: true);
        }

        var span = spans.Forward(i, startBound);
        return finishBound != Minutes.None && finishBound > span.Finish ? spans.Backward(i, finishBound, waitForWork: true) : span;
    }

    /// <summary>
    /// Completed work drives its successors from its actual finish, or later when retained
    /// logic holds it behind a predecessor that is not finished. P6 shows
    /// the early dates of completed work at that instant but never before the data date;
    /// MS Project shows the actual dates.
    /// </summary>
    private bool CompleteActivity(int i, long oldStart, long oldFinish)
    {
        long start = net.ActualStart[i], finish = net.ActualFinish[i];
        var drivingFinish = finish;
        if (options.Convention == SchedulingConvention.PrimaveraP6)
        {
            if (options.ProgressRule == ProgressRule.RetainedLogic && net.PredStart[i + 1] > net.PredStart[i])
            {
                var startBound = Minutes.None;
                var finishBound = Minutes.None;
                ApplyLinks(i, started: true, ref startBound, ref finishBound);
                drivingFinish = Math.Max(drivingFinish, Math.Max(startBound, finishBound));
            }

            start = finish = Math.Max(dataDate, drivingFinish);
        }

        state.Duration[i] = 0;
        state.LogicEarlyStart[i] = net.ActualStart[i];
        state.LogicEarlyFinish[i] = drivingFinish;
        state.EarlyStart[i] = start;
        state.EarlyFinish[i] = finish;
        return oldStart != net.ActualStart[i] || oldFinish != drivingFinish;
    }

    /// <summary>
    /// Raises the start and finish bounds by every predecessor link. Started work has already met
    /// its start-to-start and start-to-finish links from started predecessors (P6 retained logic
    /// holds back only what waits for a predecessor's finish or start that has not happened).
    /// </summary>
    private void ApplyLinks(int i, bool started, ref long startBound, ref long finishBound)
    {
        for (var k = net.PredStart[i]; k < net.PredStart[i + 1]; k++)
        {
            var l = net.PredLinks[k];
            var p = net.LinkPred[l];
            if (IsDerived(net.Types[p]))
            {
                continue;
            }

            var type = net.LinkType[l];
            var from = type is RelationshipType.FinishToStart or RelationshipType.FinishToFinish ? state.LogicEarlyFinish[p] : StartForLinks(p);
            var demand = calendars[net.LinkCalendar[l]].AddWork(from, net.LinkLag[l]);

            // Kept for the analysis, which asks whether this link drives: it compares instead of
            // redoing the calendar arithmetic of every link.
            state.LinkDemand[l] = demand;
            switch (type)
            {
                case RelationshipType.FinishToStart:
                case RelationshipType.StartToStart when !(started && net.ActualStart[p] != Minutes.None):
                    startBound = Math.Max(startBound, demand);
                    break;
                case RelationshipType.FinishToFinish:
                case RelationshipType.StartToFinish when !(started && net.ActualStart[p] != Minutes.None):
                    finishBound = Math.Max(finishBound, demand);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>
    /// P6 "use expected finish": started work finishes at its expected finish, so its remaining
    /// duration is the work between its remaining start and that date.
    /// </summary>
    private long DurationFrom(int i, long start, long duration, Timeline work) =>
        FinishesAtExpected(i) ? Math.Max(0, work.WorkBetween(start, net.ExpectedFinish[i])) : duration;

    private bool FinishesAtExpected(int i) =>
        options.UseExpectedFinish && net.ExpectedFinish[i] != Minutes.None && !net.IsMilestone(i) && net.ActualStart[i] != Minutes.None;

    /// <summary>The start a start-to-start or start-to-finish link measures from (P6 option for started work).</summary>
    public long StartForLinks(int p)
    {
        if (net.ActualFinish[p] != Minutes.None)
        {
            return net.ActualStart[p];
        }

        if (net.ActualStart[p] != Minutes.None && !options.StartToStartLagFromEarlyStart)
        {
            return net.ActualStart[p];
        }

        return state.LogicEarlyStart[p];
    }

    public static bool IsDerived(ActivityType type) => type is ActivityType.LevelOfEffort or ActivityType.WbsSummary;

    /// <summary>
    /// The earliest finish instant not before <paramref name="bound"/>: a bound inside or at the
    /// end of a working period stays; one in non-working time waits for the next period, because
    /// work done there would finish it, not the idle time before.
    /// </summary>
    internal static long FinishInstant(Timeline calendar, long bound, long duration)
    {
        if (calendar.PreviousWorkEnd(bound) == bound)
        {
            return bound;
        }

        var start = calendar.NextWorkStart(bound);
        return duration == 0 ? start : calendar.AddWork(calendar.SubtractWork(start, duration), duration);
    }

    private static void ApplyConstraint(ConstraintType type, long date, ref long startBound, ref long finishBound, ref long mandatoryStart, ref long mandatoryFinish)
    {
        switch (type)
        {
            case ConstraintType.StartNoEarlierThan:
            case ConstraintType.StartOn:
                startBound = Math.Max(startBound, date);
                break;
            case ConstraintType.FinishNoEarlierThan:
            case ConstraintType.FinishOn:
                finishBound = Math.Max(finishBound, date);
                break;
            case ConstraintType.MandatoryStart:
                mandatoryStart = date;
                break;
            case ConstraintType.MandatoryFinish:
                mandatoryFinish = date;
                break;
            default:
                // As-late-as-possible and the no-later-than types bind late dates only (P6).
                break;
        }
    }
}
