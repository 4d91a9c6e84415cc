using System.Runtime.ExceptionServices;

namespace Gantry.Scheduling.Engine;

/// <summary>
/// The network as dense arrays: activities are indices 0..Count-1 in input order, links are
/// indices 0..LinkCount-1, and adjacency is CSR (a start offset per activity into one array of
/// link indices). Built once per schedule; the passes only loop over arrays.
/// </summary>
internal sealed class CompiledNetwork
{
    /// <summary>Below this many links a second thread costs more than it saves.</summary>
    private const int ParallelLinkThreshold = 50_000;

    public CompiledNetwork(ScheduleNetwork network, ScheduleOptions options, CalendarTimelines calendars)
    {
        Calendars = calendars;
        var activities = network.Activities;
        Count = activities.Count;
        Ids = new string[Count];
        IndexById = new Dictionary<string, int>(Count, StringComparer.Ordinal);
        Types = GC.AllocateUninitializedArray<ActivityType>(Count);
        Calendar = GC.AllocateUninitializedArray<int>(Count);
        DurationCalendar = GC.AllocateUninitializedArray<int>(Count);
        OriginalDuration = GC.AllocateUninitializedArray<long>(Count);
        RemainingDuration = GC.AllocateUninitializedArray<long>(Count);
        ActualStart = GC.AllocateUninitializedArray<long>(Count);
        ActualFinish = GC.AllocateUninitializedArray<long>(Count);
        Suspend = GC.AllocateUninitializedArray<long>(Count);
        Resume = GC.AllocateUninitializedArray<long>(Count);
        Deadline = GC.AllocateUninitializedArray<long>(Count);
        ExpectedFinish = GC.AllocateUninitializedArray<long>(Count);
        Constraint1 = GC.AllocateUninitializedArray<ConstraintType>(Count);
        Constraint1Date = GC.AllocateUninitializedArray<long>(Count);
        Constraint2 = GC.AllocateUninitializedArray<ConstraintType>(Count);
        Constraint2Date = GC.AllocateUninitializedArray<long>(Count);
        Parent = GC.AllocateUninitializedArray<int>(Count);

        // The per-activity and per-link arrays skip zeroing: the loops below write every slot
        // (or throw), and a million activities' worth of memset was a measurable share of a pass.
        var parentIds = new List<(int Activity, string ParentId)>();
        var physicallyComplete = new List<int>();
        var assignmentFirst = new int[Count + 1];
        string? lastCalendarId = null;
        var lastCalendar = -1;
        for (var i = 0; i < Count; i++)
        {
            var a = activities[i] ?? throw CompileErrors.NullActivity(i);
            if (string.IsNullOrEmpty(a.Id))
            {
                throw CompileErrors.NoId(i);
            }

            if (!IndexById.TryAdd(a.Id, i))
            {
                throw CompileErrors.DuplicateId(a.Id);
            }

            Ids[i] = a.Id;
            Types[i] = a.Type;
            if (!ReferenceEquals(a.CalendarId, lastCalendarId) || i == 0)
            {
                // Activities mostly share a handful of calendar id strings: hash only when the id changes.
                lastCalendar = calendars.Resolve(a.CalendarId, a.Id);
                lastCalendarId = a.CalendarId;
            }

            Calendar[i] = lastCalendar;
            DurationCalendar[i] = a.ElapsedDuration ? calendars.ContinuousIndex : Calendar[i];
            if (a.OriginalDurationMinutes < 0 || a.RemainingDurationMinutes < 0)
            {
                throw CompileErrors.NegativeDuration(a.Id);
            }

            var milestone = a.IsMilestone;
            OriginalDuration[i] = milestone ? 0 : a.OriginalDurationMinutes;
            RemainingDuration[i] = milestone ? 0 : a.IsComplete ? 0 : a.RemainingDurationMinutes ?? a.OriginalDurationMinutes;
            ActualStart[i] = CheckedDate(a.ActualStart, a.Id, "ActualStart");
            ActualFinish[i] = CheckedDate(a.ActualFinish, a.Id, "ActualFinish");
            if (ActualFinish[i] != Minutes.None && ActualStart[i] == Minutes.None)
            {
                // A finished activity without a recorded start started when it finished, less its duration.
                ActualStart[i] = calendars[DurationCalendar[i]].SubtractWork(ActualFinish[i], OriginalDuration[i]);
            }

            Suspend[i] = CheckedDate(a.SuspendDate, a.Id, "SuspendDate");
            Resume[i] = CheckedDate(a.ResumeDate, a.Id, "ResumeDate");
            Deadline[i] = CheckedDate(a.Deadline, a.Id, "Deadline");
            ExpectedFinish[i] = CheckedDate(a.ExpectedFinish, a.Id, "ExpectedFinish");
            Constraint1[i] = a.PrimaryConstraint.Type;
            Constraint1Date[i] = CheckedDate(a.PrimaryConstraint.Date, a.Id, "PrimaryConstraint");
            Constraint2[i] = a.SecondaryConstraint.Type;
            Constraint2Date[i] = CheckedDate(a.SecondaryConstraint.Date, a.Id, "SecondaryConstraint");

            // Parents may come later in the list, so they are looked up once every id is known.
            Parent[i] = -1;
            if (a.ParentId is { } parentId)
            {
                parentIds.Add((i, parentId));
            }

            if (a.IsStarted && !a.IsComplete && a.PercentComplete >= 100)
            {
                physicallyComplete.Add(i);
            }

            assignmentFirst[i + 1] = assignmentFirst[i] + AssignmentSpans.CountOf(a);
        }

        PhysicallyCompleteInProgress = [.. physicallyComplete];

        Assignments = new AssignmentSpans(activities, calendars, Calendar, assignmentFirst);
        foreach (var (i, parentId) in parentIds)
        {
            Parent[i] = IndexById.TryGetValue(parentId, out var p)
                ? p
                : throw new ScheduleError(ScheduleErrorKind.MissingActivity, EngineText.Format("MissingParent", Ids[i], parentId), [Ids[i], parentId]);
        }

        var relationships = network.Relationships;
        LinkCount = relationships.Count;
        LinkPred = GC.AllocateUninitializedArray<int>(LinkCount);
        LinkSucc = GC.AllocateUninitializedArray<int>(LinkCount);
        LinkType = GC.AllocateUninitializedArray<RelationshipType>(LinkCount);
        LinkLag = GC.AllocateUninitializedArray<long>(LinkCount);
        LinkCalendar = GC.AllocateUninitializedArray<int>(LinkCount);
        LinkPercent = GC.AllocateUninitializedArray<double>(LinkCount);
        ResolveLinks(relationships, options);
        BuildAdjacency();
        Order = TopologicalOrder.Sort(this);
    }

    public CalendarTimelines Calendars { get; }

    public int Count { get; }

    public string[] Ids { get; }

    public Dictionary<string, int> IndexById { get; }

    public ActivityType[] Types { get; }

    /// <summary>Timeline index of each activity's own calendar (floats and dates are measured on it).</summary>
    public int[] Calendar { get; }

    /// <summary>Timeline the duration runs on: the own calendar, or the continuous one for elapsed durations.</summary>
    public int[] DurationCalendar { get; }

    public long[] OriginalDuration { get; }

    public long[] RemainingDuration { get; }

    public long[] ActualStart { get; }

    public long[] ActualFinish { get; }

    public long[] Suspend { get; }

    public long[] Resume { get; }

    public long[] Deadline { get; }

    public long[] ExpectedFinish { get; }

    /// <summary>Started, unfinished activities whose (physical) percent complete is 100.</summary>
    public int[] PhysicallyCompleteInProgress { get; }

    public ConstraintType[] Constraint1 { get; }

    public long[] Constraint1Date { get; }

    public ConstraintType[] Constraint2 { get; }

    public long[] Constraint2Date { get; }

    public int[] Parent { get; }

    /// <summary>Resource assignments; an activity with any is placed by them, not by its duration.</summary>
    public AssignmentSpans Assignments { get; }

    public int LinkCount { get; }

    public int[] LinkPred { get; }

    public int[] LinkSucc { get; }

    public RelationshipType[] LinkType { get; }

    /// <summary>Lag in minutes on <see cref="LinkCalendar"/>; percent lags are already turned into minutes.</summary>
    public long[] LinkLag { get; }

    public int[] LinkCalendar { get; }

    /// <summary>The percent of a percent lag (so it follows the predecessor's duration), NaN for other lags.</summary>
    public double[] LinkPercent { get; }

    /// <summary>Successor links of activity i are SuccLinks[SuccStart[i] .. SuccStart[i+1]).</summary>
    public int[] SuccStart { get; private set; } = [];

    public int[] SuccLinks { get; private set; } = [];

    public int[] PredStart { get; private set; } = [];

    public int[] PredLinks { get; private set; } = [];

    /// <summary>Activities in an order where every predecessor comes before its successors.</summary>
    public int[] Order { get; private set; }

    public bool IsMilestone(int i) => Types[i] is ActivityType.StartMilestone or ActivityType.FinishMilestone;

    /// <summary>Sets the lag of a link, choosing its calendar by the lag kind and P6's lag calendar rule.</summary>
    public void SetLag(int l, double lag, LagKind kind, ScheduleOptions options)
    {
        if (double.IsNaN(lag) || double.IsInfinity(lag) || Math.Abs(lag) > 1e9)
        {
            throw CompileErrors.ImpossibleLag(Ids[LinkPred[l]], Ids[LinkSucc[l]], lag);
        }

        var pred = LinkPred[l];
        var succ = LinkSucc[l];
        LinkPercent[l] = kind == LagKind.Percent ? lag : double.NaN;
        switch (kind)
        {
            case LagKind.Elapsed:
                LinkCalendar[l] = Calendars.ContinuousIndex;
                LinkLag[l] = (long)Math.Round(lag);
                break;
            case LagKind.Percent:
                // MS Project: a percent lag is that share of the predecessor's duration, in its working time.
                LinkCalendar[l] = Calendar[pred];
                LinkLag[l] = (long)Math.Round(OriginalDuration[pred] * lag / 100.0);
                break;
            default:
                LinkCalendar[l] = options.LagCalendar switch
                {
                    LagCalendarRule.Successor => Calendar[succ],
                    LagCalendarRule.TwentyFourHour => Calendars.ContinuousIndex,
                    LagCalendarRule.ProjectDefault => Calendars.DefaultIndex,
                    _ => Calendar[pred],
                };
                LinkLag[l] = (long)Math.Round(lag);
                break;
        }
    }

    /// <summary>
    /// Changes the planned and remaining duration of an activity that has not started, or the
    /// remaining duration of one in progress, and re-derives percent lags measured from it.
    /// </summary>
    public void SetDuration(int i, long minutes)
    {
        if (minutes < 0 || IsMilestone(i) || ActualFinish[i] != Minutes.None || Assignments.Any(i))
        {
            throw new ScheduleError(ScheduleErrorKind.InvalidInput, EngineText.Format("DurationNotAccepted", Ids[i], minutes), [Ids[i]]);
        }

        if (ActualStart[i] == Minutes.None)
        {
            OriginalDuration[i] = minutes;
        }

        RemainingDuration[i] = minutes;
        for (var k = SuccStart[i]; k < SuccStart[i + 1]; k++)
        {
            var l = SuccLinks[k];
            if (!double.IsNaN(LinkPercent[l]))
            {
                LinkLag[l] = (long)Math.Round(OriginalDuration[i] * LinkPercent[l] / 100.0);
            }
        }
    }

    private void BuildAdjacency()
    {
        SuccStart = new int[Count + 1];
        PredStart = new int[Count + 1];
        for (var l = 0; l < LinkCount; l++)
        {
            SuccStart[LinkPred[l] + 1]++;
            PredStart[LinkSucc[l] + 1]++;
        }

        for (var i = 0; i < Count; i++)
        {
            SuccStart[i + 1] += SuccStart[i];
            PredStart[i + 1] += PredStart[i];
        }

        // Each link goes to the end of its activity's block, walking the links backwards so every
        // block stays in link order; the block ends then move down to become the starts.
        SuccLinks = GC.AllocateUninitializedArray<int>(LinkCount);
        PredLinks = GC.AllocateUninitializedArray<int>(LinkCount);
        for (var l = LinkCount - 1; l >= 0; l--)
        {
            SuccLinks[--SuccStart[LinkPred[l] + 1]] = l;
            PredLinks[--PredStart[LinkSucc[l] + 1]] = l;
        }

        for (var i = 0; i < Count; i++)
        {
            SuccStart[i] = SuccStart[i + 1];
            PredStart[i] = PredStart[i + 1];
        }

        SuccStart[Count] = LinkCount;
        PredStart[Count] = LinkCount;
    }

    /// <summary>
    /// Turns relationships into link arrays. Resolving only reads the id index and writes each
    /// link's own slots, so a large network resolves its two halves on two cores; a bad link is
    /// still reported as a single pass would: the one at the lowest position.
    /// </summary>
    private void ResolveLinks(IReadOnlyList<ScheduleRelationship> relationships, ScheduleOptions options)
    {
        if (LinkCount < ParallelLinkThreshold || Environment.ProcessorCount < 2)
        {
            ResolveLinks(relationships, options, 0, LinkCount);
            return;
        }

        var middle = LinkCount / 2;
        ScheduleError? laterError = null;
        var laterHalf = Task.Run(() =>
        {
            try
            {
                ResolveLinks(relationships, options, middle, LinkCount);
            }
            catch (ScheduleError error)
            {
                laterError = error;
            }
        });
        try
        {
            ResolveLinks(relationships, options, 0, middle);
        }
        finally
        {
            laterHalf.Wait();
        }

        if (laterError is not null)
        {
            ExceptionDispatchInfo.Throw(laterError);
        }
    }

    private void ResolveLinks(IReadOnlyList<ScheduleRelationship> relationships, ScheduleOptions options, int from, int to)
    {
        string? lastPred = null, lastSucc = null;
        int lastPredIndex = -1, lastSuccIndex = -1;
        for (var l = from; l < to; l++)
        {
            var r = relationships[l] ?? throw CompileErrors.NullRelationship(l);
            LinkPred[l] = FindLinked(r.PredecessorId, r, l, ref lastPred, ref lastPredIndex);
            LinkSucc[l] = FindLinked(r.SuccessorId, r, l, ref lastSucc, ref lastSuccIndex);
            LinkType[l] = r.Type;
            SetLag(l, r.Lag, r.LagKind, options);
        }
    }

    private int FindLinked(string id, ScheduleRelationship r, int position, ref string? lastId, ref int lastIndex)
    {
        // Links usually come grouped by activity with the very same id string: skip the hash then.
        if (ReferenceEquals(id, lastId))
        {
            return lastIndex;
        }

        if (id is not null && IndexById.TryGetValue(id, out var index))
        {
            lastId = id;
            lastIndex = index;
            return index;
        }

        throw CompileErrors.MissingLinked(id, r, position);
    }

    /// <summary>
    /// Every date of every activity passes here, so the check stays small enough to be inlined
    /// into the activity loop; the message is built only for a date that fails it.
    /// </summary>
    private static long CheckedDate(DateTime? value, string id, string field)
    {
        if (value is not { } date)
        {
            return Minutes.None;
        }

        var minutes = Minutes.From(date);
        return minutes >= Minutes.Min && minutes <= Minutes.Max ? minutes : throw CompileErrors.DateOutOfRange(date, id, field);
    }

}
