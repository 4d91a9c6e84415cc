namespace Gantry.Interchange.Excel;

/// <summary>
/// The columns of Gantry's activity sheet. The first group is what a planner enters; the last
/// group (from <see cref="EarlyStart"/>) is what the scheduler computes, written by the export and
/// ignored by the import because scheduling computes it again.
/// </summary>
public enum ExcelColumn
{
    WbsCode,
    ActivityCode,
    Name,
    Type,
    Duration,
    RemainingDuration,
    Calendar,
    Predecessors,
    ConstraintType,
    ConstraintDate,
    PlannedStart,
    PlannedFinish,
    ActualStart,
    ActualFinish,
    PercentComplete,
    Resource,
    Budget,
    EarlyStart,
    EarlyFinish,
    LateStart,
    LateFinish,
    TotalFloat,
    FreeFloat,
    Critical,
}
