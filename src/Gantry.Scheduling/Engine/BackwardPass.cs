namespace Gantry.Scheduling.Engine;

/// <summary>
/// Late dates in reverse logic order: the earliest date every successor link, the project
/// finish (or must-finish-by) for open ends, and the late-date constraints allow. Total float
/// is measured here, before an as-late-as-possible activity spends its free float.
/// </summary>
internal sealed class BackwardPass(CompiledNetwork net, ScheduleState state, ScheduleOptions options)
{
    private readonly Timeline[] calendars = net.Calendars.All;
    private readonly long dataDate = Minutes.From(options.DataDate ?? options.ProjectStart);

    /// <summary>Latest early finish of the scheduled work, the anchor of open ends.</summary>
    public long ComputeProjectFinish()
    {
        var finish = Minutes.From(options.DataDate ?? options.ProjectStart);
        for (var i = 0; i < net.Count; i++)
        {
            // Completed work is not what finishes the project, wherever the logic places it.
            if (!ForwardPass.IsDerived(net.Types[i]) && net.ActualFinish[i] == Minutes.None && state.LogicEarlyFinish[i] > finish)
            {
                finish = state.LogicEarlyFinish[i];
            }
        }

        return finish;
    }

    public void Run()
    {
        state.ProjectFinish = ComputeProjectFinish();
        var order = net.Order;
        for (var k = order.Length - 1; k >= 0; k--)
        {
            Compute(order[k]);
        }
    }

    /// <summary>Recomputes one activity's late dates and total float; true when anything changed.</summary>
    public bool Compute(int i)
    {
        var oldLateStart = state.LateStart[i];
        var oldLateFinish = state.LateFinish[i];
        var oldFloat = state.TotalFloat[i];
        var oldEarlyStart = state.EarlyStart[i];
        if (ForwardPass.IsDerived(net.Types[i]))
        {
            state.LateStart[i] = state.LateFinish[i] = state.ProjectFinish;
            state.TotalFloat[i] = 0;
            return oldLateStart != state.LateStart[i] || oldLateFinish != state.LateFinish[i];
        }

        var own = calendars[net.Calendar[i]];
        var work = calendars[net.DurationCalendar[i]];
        var duration = state.Duration[i];
        var complete = net.ActualFinish[i] != Minutes.None;
        var finishBound = long.MaxValue;
        var startBound = long.MaxValue;
        var openFinish = true;
        for (var k = net.SuccStart[i]; k < net.SuccStart[i + 1]; k++)
        {
            var l = net.SuccLinks[k];
            var s = net.LinkSucc[l];
            if (ForwardPass.IsDerived(net.Types[s]))
            {
                continue;
            }

            var lagCalendar = calendars[net.LinkCalendar[l]];
            var lag = RemainingLag(i, l, lagCalendar);
            switch (net.LinkType[l])
            {
                case RelationshipType.FinishToStart:
                    openFinish = false;
                    finishBound = Math.Min(finishBound, lagCalendar.SubtractWork(state.LateStart[s], lag));
                    break;
                case RelationshipType.StartToStart:
                    startBound = Math.Min(startBound, lagCalendar.SubtractWork(state.LateStart[s], lag));
                    break;
                case RelationshipType.FinishToFinish:
                    openFinish = false;
                    finishBound = Math.Min(finishBound, lagCalendar.SubtractWork(state.LateFinish[s], lag));
                    break;
                default:
                    startBound = Math.Min(startBound, lagCalendar.SubtractWork(state.LateFinish[s], lag));
                    break;
            }
        }

        // P6: a finish no link holds (no finish-to-start or finish-to-finish successor) is an
        // open end, held only by the project finish.
        if (openFinish)
        {
            // P6 "make open-ended activities critical": an open end may not slip at all.
            finishBound = options.MakeOpenEndedActivitiesCritical && !complete ? state.EarlyFinish[i]
                : options.MustFinishBy is { } mustFinish ? Minutes.From(mustFinish)
                : state.ProjectFinish;
        }

        if (net.Deadline[i] != Minutes.None)
        {
            finishBound = Math.Min(finishBound, net.Deadline[i]);
        }

        var mandatoryStart = Minutes.None;
        var mandatoryFinish = Minutes.None;
        var started = net.ActualStart[i] != Minutes.None;
        if (!started)
        {
            ApplyConstraint(net.Constraint1[i], net.Constraint1Date[i], ref startBound, ref finishBound, ref mandatoryStart, ref mandatoryFinish);
            ApplyConstraint(net.Constraint2[i], net.Constraint2Date[i], ref startBound, ref finishBound, ref mandatoryStart, ref mandatoryFinish);
        }

        long lateStart;
        long lateFinish;
        if (net.Assignments.Any(i) && !complete)
        {
            (lateStart, lateFinish) = PlaceAssignments(i, startBound, finishBound, mandatoryStart, mandatoryFinish);
        }
        else if (mandatoryStart != Minutes.None)
        {
            lateStart = own.NextWorkStart(mandatoryStart);
            lateFinish = work.AddWork(lateStart, duration);
        }
        else if (mandatoryFinish != Minutes.None)
        {
            lateFinish = duration == 0 ? mandatoryFinish : own.PreviousWorkEnd(mandatoryFinish);
            lateStart = work.SubtractWork(lateFinish, duration);
        }
        else
        {
            // A finish is the end of a working period (Friday 17:00, not Monday 08:00), as P6
            // shows it; completed work sits where its successors need it, and a start milestone
            // too when that instant is working time.
            if (complete || (net.Types[i] == ActivityType.StartMilestone && own.IsWorking(finishBound)))
            {
                lateFinish = finishBound;
                lateStart = work.SubtractWork(lateFinish, duration);
            }
            else if (ReferenceEquals(own, work))
            {
                lateStart = own.SubtractWorkFromPreviousEnd(finishBound, duration, out lateFinish);
            }
            else
            {
                lateFinish = own.PreviousWorkEnd(finishBound);
                lateStart = work.SubtractWork(lateFinish, duration);
            }

            if (startBound < lateStart)
            {
                // P6 keeps a start that a start-type link sets where the link puts it, or at the
                // end of the previous working period when that instant is not working time.
                lateStart = complete || own.IsWorking(startBound) ? startBound : own.PreviousWorkEnd(startBound);
                lateFinish = work.AddWork(lateStart, duration);
            }
        }

        state.LateStart[i] = lateStart;
        state.LateFinish[i] = lateFinish;
        var undelayed = false;
        if (!started && AsLateAsPossibleBasis.IsAsLateAsPossible(net, i))
        {
            DelayAsLateAsPossible(i, own, work, duration);

            // Compared with the logic dates, not the last run's, so an edit gives what a full run gives.
            undelayed = state.EarlyFinish[i] == state.LogicEarlyFinish[i];
        }

        state.TotalFloat[i] = complete ? Minutes.None : undelayed && MeasuresUndelayedAsP6 ? UndelayedFloat(i, own) : TotalFloat(i, own);

        return oldLateStart != lateStart || oldLateFinish != lateFinish || oldFloat != state.TotalFloat[i] || oldEarlyStart != state.EarlyStart[i];
    }

    /// <summary>
    /// P6: the lag after a completed activity runs from its actual date, so the part that lies
    /// before the data date has already elapsed and its late dates hold back only the rest.
    /// </summary>
    private long RemainingLag(int i, int l, Timeline lagCalendar)
    {
        var lag = net.LinkLag[l];
        if (lag <= 0 || net.ActualFinish[i] == Minutes.None || options.Convention != SchedulingConvention.PrimaveraP6)
        {
            return lag;
        }

        var from = net.LinkType[l] is RelationshipType.FinishToStart or RelationshipType.FinishToFinish ? net.ActualFinish[i] : net.ActualStart[i];
        var elapsed = lagCalendar.WorkBetween(from, dataDate);
        return elapsed <= 0 ? lag : Math.Max(0, lag - elapsed);
    }

    /// <summary>
    /// The late span of an activity placed by its assignments: each assignment finishes by the
    /// finish bound on its own calendar (a night shift may finish at 08:00 where the day shift
    /// finished at 17:00 the day before), pulled earlier by a start-type successor link.
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
            return spans.Backward(i, mandatoryFinish, waitForWork: false);
        }

        var span = spans.Backward(i, finishBound, waitForWork: false);
        return startBound < span.Start ? spans.FromLateStart(i, startBound) : span;
    }

    private long TotalFloat(int i, Timeline own)
    {
        var finishFloat = own.WorkBetween(state.EarlyFinish[i], state.LateFinish[i]);
        if (options.FloatType == FloatType.Finish)
        {
            return finishFloat;
        }

        var startFloat = own.WorkBetween(state.EarlyStart[i], state.LateStart[i]);
        return options.FloatType == FloatType.Start ? startFloat : Math.Min(startFloat, finishFloat);
    }

    /// <summary>P6 finish float measures an as-late-as-possible activity its constraint left in place its own way.</summary>
    private bool MeasuresUndelayedAsP6 => options.Convention == SchedulingConvention.PrimaveraP6 && options.FloatType == FloatType.Finish;

    /// <summary>
    /// P6, for an as-late-as-possible activity that could not move: the float runs from the early
    /// finish without the remaining work of physically complete activities, counted in day
    /// positions (see <see cref="AsLateAsPossibleBasis"/> and <see cref="DayPositions"/>).
    /// </summary>
    private long UndelayedFloat(int i, Timeline own)
    {
        var from = state.AsLateAsPossibleBasis is { } basis ? basis[i] : state.EarlyFinish[i];
        return DayPositions.Between(own, from, state.LateFinish[i]);
    }

    /// <summary>
    /// P6 as-late-as-possible: the early dates move as late as the successors' early dates
    /// allow, spending the free float but never the total float of others.
    /// </summary>
    private void DelayAsLateAsPossible(int i, Timeline own, Timeline work, long duration)
    {
        // Bounded by the successors' early dates only, not by the late finish: with negative
        // float P6 still moves the activity up to its successors and shows the float negative.
        var latestFinish = long.MaxValue;
        var hasSuccessor = false;
        for (var k = net.SuccStart[i]; k < net.SuccStart[i + 1]; k++)
        {
            var l = net.SuccLinks[k];
            var s = net.LinkSucc[l];
            if (ForwardPass.IsDerived(net.Types[s]))
            {
                continue;
            }

            hasSuccessor = true;
            var lagCalendar = calendars[net.LinkCalendar[l]];
            var finish = net.LinkType[l] switch
            {
                RelationshipType.FinishToStart => lagCalendar.SubtractWork(state.EarlyStart[s], net.LinkLag[l]),
                RelationshipType.FinishToFinish => lagCalendar.SubtractWork(state.EarlyFinish[s], net.LinkLag[l]),
                RelationshipType.StartToStart => work.AddWork(lagCalendar.SubtractWork(state.EarlyStart[s], net.LinkLag[l]), duration),
                _ => work.AddWork(lagCalendar.SubtractWork(state.EarlyFinish[s], net.LinkLag[l]), duration),
            };
            latestFinish = Math.Min(latestFinish, finish);
        }

        if (!hasSuccessor)
        {
            latestFinish = Math.Min(state.LateFinish[i], state.ProjectFinish);
        }

        if (net.Assignments.Any(i))
        {
            // Each assignment ends a working period of its own resource calendar, not the activity's.
            var span = net.Assignments.Backward(i, latestFinish, waitForWork: false);
            if (span.Finish > state.EarlyFinish[i])
            {
                (state.EarlyStart[i], state.EarlyFinish[i]) = span;
            }

            return;
        }

        // The delayed dates are working instants of the activity's own calendar: a start
        // milestone waits for the next working minute, anything else ends a working period.
        latestFinish = net.Types[i] == ActivityType.StartMilestone ? own.NextWorkStart(latestFinish) : own.PreviousWorkEnd(latestFinish);

        if (latestFinish > state.EarlyFinish[i])
        {
            state.EarlyFinish[i] = latestFinish;
            state.EarlyStart[i] = work.SubtractWork(latestFinish, duration);
        }
    }

    private static void ApplyConstraint(ConstraintType type, long date, ref long startBound, ref long finishBound, ref long mandatoryStart, ref long mandatoryFinish)
    {
        switch (type)
        {
            case ConstraintType.StartNoLaterThan:
            case ConstraintType.StartOn:
                startBound = Math.Min(startBound, date);
                break;
            case ConstraintType.FinishNoLaterThan:
            case ConstraintType.FinishOn:
                finishBound = Math.Min(finishBound, date);
                break;
            case ConstraintType.MandatoryStart:
                mandatoryStart = date;
                break;
            case ConstraintType.MandatoryFinish:
                mandatoryFinish = date;
                break;
            default:
                // As-soon/as-late-as-possible and the no-earlier-than types bind early dates only (P6).
                break;
        }
    }
}
