namespace Gantry.Interchange.Xer;

/// <summary>A UDFVALUE row: the value of a user-defined field on one record (<c>fk_id</c>).</summary>
public sealed record XerUdfValue
{
    public required long TypeId { get; init; }
    public required long RecordId { get; init; }
    public long? ProjectId { get; init; }
    public string? Text { get; init; }
    public decimal? Number { get; init; }
    public DateTime? Date { get; init; }
    public long? CodeId { get; init; }
    public required XerRow Row { get; init; }

    internal static XerUdfValue From(XerRow row, XerFields f) => new()
    {
        TypeId = f.Id(row, "udf_type_id"),
        RecordId = f.Id(row, "fk_id"),
        ProjectId = f.OptionalId(row, "proj_id"),
        Text = f.OptionalText(row, "udf_text"),
        Number = f.OptionalNumber(row, "udf_number"),
        Date = f.Date(row, "udf_date"),
        CodeId = f.OptionalId(row, "udf_code_id"),
        Row = row,
    };
}
