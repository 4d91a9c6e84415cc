namespace Gantry.Interchange;

/// <summary>The value of a <see cref="CustomFieldDefinition"/> on one activity or resource, as text.</summary>
public sealed record CustomFieldValue(string FieldId, string? Value);
