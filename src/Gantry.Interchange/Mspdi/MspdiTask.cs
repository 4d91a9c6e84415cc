using System.Globalization;
using System.Xml.Linq;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// A <c>Task</c>: its scheduling inputs and the dates and slack MS Project computed. Durations are
/// minutes; slack is in tenths of a minute as in the file. <c>ConstraintType</c>: 0 ASAP, 1 ALAP,
/// 2 must start on, 3 must finish on, 4 SNET, 5 SNLT, 6 FNET, 7 FNLT.
/// </summary>
public sealed record MspdiTask
{
    public required int Uid { get; init; }
    public int? Id { get; init; }
    public string? Name { get; init; }
    public int Type { get; init; }
    public bool IsNull { get; init; }
    public bool Active { get; init; } = true;
    public string? Wbs { get; init; }
    public string? OutlineNumber { get; init; }
    public int OutlineLevel { get; init; }
    public int? Priority { get; init; }
    public DateTime? Start { get; init; }
    public DateTime? Finish { get; init; }
    public decimal? DurationMinutes { get; init; }
    public int? DurationFormat { get; init; }
    public decimal? WorkMinutes { get; init; }
    public bool Milestone { get; init; }
    public bool Summary { get; init; }
    public bool Critical { get; init; }
    public bool EffortDriven { get; init; }
    public bool Estimated { get; init; }

    /// <summary>Manually scheduled: MS Project keeps the dates the user typed; CPM does not move it.</summary>
    public bool Manual { get; init; }
    public DateTime? EarlyStart { get; init; }
    public DateTime? EarlyFinish { get; init; }
    public DateTime? LateStart { get; init; }
    public DateTime? LateFinish { get; init; }
    public decimal? StartSlack { get; init; }
    public decimal? FinishSlack { get; init; }
    public decimal? FreeSlack { get; init; }
    public decimal? TotalSlack { get; init; }
    public int ConstraintType { get; init; }
    public DateTime? ConstraintDate { get; init; }
    public DateTime? Deadline { get; init; }
    public int? CalendarUid { get; init; }
    public bool IgnoreResourceCalendar { get; init; }
    public DateTime? ActualStart { get; init; }
    public DateTime? ActualFinish { get; init; }
    public decimal? ActualDurationMinutes { get; init; }
    public decimal? RemainingDurationMinutes { get; init; }
    public decimal PercentComplete { get; init; }
    public decimal? PhysicalPercentComplete { get; init; }

    /// <summary>Where the remaining work resumes after a split, and where the completed part stops.</summary>
    public DateTime? Resume { get; init; }
    public DateTime? Stop { get; init; }
    public required IReadOnlyList<MspdiPredecessorLink> Predecessors { get; init; }
    public required IReadOnlyList<MspdiBaseline> Baselines { get; init; }
    public required IReadOnlyList<MspdiExtendedAttributeValue> ExtendedAttributes { get; init; }
    public required XElement Element { get; init; }

    /// <summary>How errors name this task.</summary>
    public string Record => "Task UID " + Uid.ToString(CultureInfo.InvariantCulture);

    internal static MspdiTask From(XElement element, MspdiElements e)
    {
        int uid = e.Int(element, "UID", "Task") ?? throw e.Error(element, "Task", "UID", InterchangeText.Format("MissingElement", "Task", "UID"));
        string record = "Task UID " + uid.ToString(CultureInfo.InvariantCulture);
        int constraint = e.Int(element, "ConstraintType", record) ?? 0;
        if (constraint is < 0 or > 7)
        {
            throw e.Error(element, record, "ConstraintType", InterchangeText.Get("ConstraintTypeRange"));
        }

        return new MspdiTask
        {
            Uid = uid,
            Id = e.Int(element, "ID", record),
            Name = MspdiElements.Text(element, "Name"),
            Type = e.Int(element, "Type", record) ?? 0,
            IsNull = e.Flag(element, "IsNull", record),
            Active = e.Flag(element, "Active", record, whenMissing: true),
            Wbs = MspdiElements.Text(element, "WBS"),
            OutlineNumber = MspdiElements.Text(element, "OutlineNumber"),
            OutlineLevel = e.Int(element, "OutlineLevel", record) ?? 0,
            Priority = e.Int(element, "Priority", record),
            Start = e.Date(element, "Start", record),
            Finish = e.Date(element, "Finish", record),
            DurationMinutes = e.DurationMinutes(element, "Duration", record),
            DurationFormat = e.Int(element, "DurationFormat", record),
            WorkMinutes = e.DurationMinutes(element, "Work", record),
            Milestone = e.Flag(element, "Milestone", record),
            Summary = e.Flag(element, "Summary", record),
            Critical = e.Flag(element, "Critical", record),
            EffortDriven = e.Flag(element, "EffortDriven", record),
            Estimated = e.Flag(element, "Estimated", record),
            Manual = e.Flag(element, "Manual", record),
            EarlyStart = e.Date(element, "EarlyStart", record),
            EarlyFinish = e.Date(element, "EarlyFinish", record),
            LateStart = e.Date(element, "LateStart", record),
            LateFinish = e.Date(element, "LateFinish", record),
            StartSlack = e.Number(element, "StartSlack", record),
            FinishSlack = e.Number(element, "FinishSlack", record),
            FreeSlack = e.Number(element, "FreeSlack", record),
            TotalSlack = e.Number(element, "TotalSlack", record),
            ConstraintType = constraint,
            ConstraintDate = e.Date(element, "ConstraintDate", record),
            Deadline = e.Date(element, "Deadline", record),
            CalendarUid = e.Int(element, "CalendarUID", record) is { } c && c != -1 ? c : null,
            IgnoreResourceCalendar = e.Flag(element, "IgnoreResourceCalendar", record),
            ActualStart = e.Date(element, "ActualStart", record),
            ActualFinish = e.Date(element, "ActualFinish", record),
            ActualDurationMinutes = e.DurationMinutes(element, "ActualDuration", record),
            RemainingDurationMinutes = e.DurationMinutes(element, "RemainingDuration", record),
            PercentComplete = e.Number(element, "PercentComplete", record) ?? 0,
            PhysicalPercentComplete = e.Number(element, "PhysicalPercentComplete", record),
            Resume = e.Date(element, "Resume", record),
            Stop = e.Date(element, "Stop", record),
            Predecessors = [.. MspdiElements.Children(element, "PredecessorLink").Select(l => MspdiPredecessorLink.From(l, e, record))],
            Baselines = [.. MspdiElements.Children(element, "Baseline").Select(b => MspdiBaseline.From(b, e, record))],
            ExtendedAttributes = [.. MspdiElements.Children(element, "ExtendedAttribute").Select(MspdiExtendedAttributeValue.From)],
            Element = element,
        };
    }
}
