namespace Gantry.Interchange;

/// <summary>
/// A custom field the file defines: its key (<c>FieldID</c> in MS Project), the built-in field it
/// uses (Text1, Number3 …) and the name the planner gave it.
/// </summary>
public sealed record CustomFieldDefinition(string FieldId, string? FieldName, string? Alias);
