namespace Gantry.Interchange.Xer;

/// <summary>A PROJECT row: the data date and the project-level scheduling settings.</summary>
public sealed record XerProject
{
    public required long Id { get; init; }
    public required string ShortName { get; init; }
    public long? DefaultCalendarId { get; init; }

    /// <summary>The data date of the last schedule run (<c>last_recalc_date</c>).</summary>
    public DateTime? DataDate { get; init; }
    public DateTime? PlannedStart { get; init; }
    public DateTime? MustFinishBy { get; init; }
    public DateTime? ScheduledFinish { get; init; }

    /// <summary>Activities with total float at or below this many hours are critical (<c>critical_drtn_hr_cnt</c>).</summary>
    public decimal CriticalFloatHours { get; init; }

    /// <summary><c>CT_TotFloat</c> (float threshold) or <c>CT_DrivPath</c> (longest path).</summary>
    public required string CriticalPathType { get; init; }
    public required string DefaultDurationType { get; init; }
    public required string DefaultPercentCompleteType { get; init; }
    public required XerRow Row { get; init; }

    internal static XerProject From(XerRow row, XerFields f) => new()
    {
        Id = f.Id(row, "proj_id"),
        ShortName = f.Text(row, "proj_short_name"),
        DefaultCalendarId = f.OptionalId(row, "clndr_id"),
        DataDate = f.Date(row, "last_recalc_date"),
        PlannedStart = f.Date(row, "plan_start_date"),
        MustFinishBy = f.Date(row, "plan_end_date"),
        ScheduledFinish = f.Date(row, "scd_end_date"),
        CriticalFloatHours = f.Number(row, "critical_drtn_hr_cnt"),
        CriticalPathType = f.Text(row, "critical_path_type"),
        DefaultDurationType = f.Text(row, "def_duration_type"),
        DefaultPercentCompleteType = f.Text(row, "def_complete_pct_type"),
        Row = row,
    };
}
