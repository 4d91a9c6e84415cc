namespace Gantry.Interchange.Xer;

/// <summary>A TASKACTV row: an activity carries one value of an activity code.</summary>
public sealed record XerTaskActivityCode
{
    public required long TaskId { get; init; }
    public required long TypeId { get; init; }
    public required long CodeId { get; init; }
    public long? ProjectId { get; init; }
    public required XerRow Row { get; init; }

    internal static XerTaskActivityCode From(XerRow row, XerFields f) => new()
    {
        TaskId = f.Id(row, "task_id"),
        TypeId = f.Id(row, "actv_code_type_id"),
        CodeId = f.Id(row, "actv_code_id"),
        ProjectId = f.OptionalId(row, "proj_id"),
        Row = row,
    };
}
