namespace Gantry.Interchange;

/// <summary>
/// The value of a user-defined field on an activity (P6 UDFTYPE/UDFVALUE, MS Project extended
/// attributes). Exactly one of <see cref="Text"/>, <see cref="Number"/>, <see cref="Date"/> is set,
/// as <see cref="DataType"/> says.
/// </summary>
public sealed record UserFieldValue
{
    /// <summary>The label planners see (P6 <c>udf_type_label</c>).</summary>
    public required string Field { get; init; }

    /// <summary>P6's logical data type: FT_TEXT, FT_INT, FT_FLOAT_2_DECIMALS, FT_MONEY, FT_START_DATE, FT_END_DATE, FT_STATICTYPE.</summary>
    public required string DataType { get; init; }
    public string? Text { get; init; }
    public decimal? Number { get; init; }
    public DateTime? Date { get; init; }
}
