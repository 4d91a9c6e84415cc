namespace Gantry.Interchange.Xer;

/// <summary>A TASKPRED row: <c>pred_type</c> PR_FS, PR_SS, PR_FF or PR_SF and a lag in hours.</summary>
public sealed record XerRelationship
{
    public required long Id { get; init; }
    public required long SuccessorId { get; init; }
    public required long PredecessorId { get; init; }
    public long? ProjectId { get; init; }
    public long? PredecessorProjectId { get; init; }
    public required string Type { get; init; }
    public decimal LagHours { get; init; }
    public required XerRow Row { get; init; }

    internal static XerRelationship From(XerRow row, XerFields f) => new()
    {
        Id = f.Id(row, "task_pred_id"),
        SuccessorId = f.Id(row, "task_id"),
        PredecessorId = f.Id(row, "pred_task_id"),
        ProjectId = f.OptionalId(row, "proj_id"),
        PredecessorProjectId = f.OptionalId(row, "pred_proj_id"),
        Type = f.Text(row, "pred_type"),
        LagHours = f.Number(row, "lag_hr_cnt"),
        Row = row,
    };
}
