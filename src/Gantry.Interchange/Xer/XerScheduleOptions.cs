namespace Gantry.Interchange.Xer;

/// <summary>A SCHEDOPTIONS row: the options P6 used the last time it scheduled the project.</summary>
public sealed record XerScheduleOptions
{
    public required long ProjectId { get; init; }

    /// <summary>Y = retained logic; otherwise progress override (<c>sched_retained_logic</c>).</summary>
    public bool RetainedLogic { get; init; }
    public bool ProgressOverride { get; init; }

    /// <summary><c>FT_FF</c> finish float, <c>FT_SF</c> start float, <c>FT_Smallest</c>.</summary>
    public required string FloatType { get; init; }

    /// <summary><c>rcal_Predecessor</c>, <c>rcal_Successor</c>, <c>rcal_24Hour</c>, <c>rcal_ProjDefault</c>.</summary>
    public required string LagCalendar { get; init; }

    /// <summary>Whether a start-to-start lag of an in-progress predecessor counts from its early start.</summary>
    public bool LagFromEarlyStart { get; init; }

    /// <summary>Activities without predecessors or successors are marked critical (<c>sched_open_critical_flag</c>).</summary>
    public bool OpenEndsCritical { get; init; }
    public bool UseExpectedFinish { get; init; }

    /// <summary>How links to other projects are treated (<c>sched_outer_depend_type</c>).</summary>
    public required string OuterDependencies { get; init; }

    /// <summary>Float is computed against the project's must-finish-by date when it has one.</summary>
    public bool UseProjectEndDateForFloat { get; init; }
    public required XerRow Row { get; init; }

    internal static XerScheduleOptions From(XerRow row, XerFields f) => new()
    {
        ProjectId = f.Id(row, "proj_id"),
        RetainedLogic = f.Flag(row, "sched_retained_logic"),
        ProgressOverride = f.Flag(row, "sched_progress_override"),
        FloatType = f.Text(row, "sched_float_type"),
        LagCalendar = f.Text(row, "sched_calendar_on_relationship_lag"),
        LagFromEarlyStart = f.Flag(row, "sched_lag_early_start_flag"),
        OpenEndsCritical = f.Flag(row, "sched_open_critical_flag"),
        UseExpectedFinish = f.Flag(row, "sched_use_expect_end_flag"),
        OuterDependencies = f.Text(row, "sched_outer_depend_type"),
        UseProjectEndDateForFloat = f.Flag(row, "sched_use_project_end_date_for_float"),
        Row = row,
    };
}
