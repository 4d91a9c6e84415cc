namespace Gantry.Interchange.Xer;

/// <summary>A UDFTYPE row: a user-defined field, the table it belongs to and its data type.</summary>
public sealed record XerUdfType
{
    public required long Id { get; init; }
    public required string TableName { get; init; }
    public required string Label { get; init; }

    /// <summary>FT_TEXT, FT_INT, FT_FLOAT_2_DECIMALS, FT_MONEY, FT_START_DATE, FT_END_DATE, FT_STATICTYPE…</summary>
    public required string DataType { get; init; }
    public required XerRow Row { get; init; }

    internal static XerUdfType From(XerRow row, XerFields f) => new()
    {
        Id = f.Id(row, "udf_type_id"),
        TableName = f.Text(row, "table_name"),
        Label = f.Text(row, "udf_type_label"),
        DataType = f.Text(row, "logical_data_type"),
        Row = row,
    };
}
