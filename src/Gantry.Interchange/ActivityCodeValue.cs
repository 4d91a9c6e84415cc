namespace Gantry.Interchange;

/// <summary>
/// The value an activity carries for one activity code (P6 ACTVTYPE/ACTVCODE/TASKACTV), e.g.
/// code "Phase" with value "DES" described "Design".
/// </summary>
public sealed record ActivityCodeValue
{
    /// <summary>The code's name (P6 <c>actv_code_type</c>).</summary>
    public required string Code { get; init; }

    /// <summary>The value's short name (P6 <c>short_name</c>).</summary>
    public required string Value { get; init; }
    public string? Description { get; init; }
}
