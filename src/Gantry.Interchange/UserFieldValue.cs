namespace Gantry.Interchange;

/// <summary>
/// The value of a user-defined field on an activity or resource (P6 UDFTYPE/UDFVALUE, MS Project
/// extended attributes). P6 values are typed: at most one of <see cref="Text"/>,
/// <see cref="Number"/>, <see cref="Date"/> is set, as <see cref="DataType"/> says. MS Project
/// values are kept as the file's text, with no data type.
/// </summary>
public sealed record UserFieldValue
{
    /// <summary>The field: the label planners see (P6 <c>udf_type_label</c>) or the MS Project <c>FieldID</c> of a <see cref="UserFieldDefinition"/>.</summary>
    public required string Field { get; init; }

    /// <summary>P6's logical data type: FT_TEXT, FT_INT, FT_FLOAT_2_DECIMALS, FT_MONEY, FT_START_DATE, FT_END_DATE, FT_STATICTYPE; null for MS Project text.</summary>
    public string? DataType { get; init; }
    public string? Text { get; init; }
    public decimal? Number { get; init; }
    public DateTime? Date { get; init; }
}
