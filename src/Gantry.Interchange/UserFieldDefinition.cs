namespace Gantry.Interchange;

/// <summary>
/// A custom field an MS Project file defines: its key (<c>FieldID</c>), the built-in field it uses
/// (Text1, Number3 …) and the name the planner gave it. P6 user fields need no definition here:
/// their values carry their label and data type.
/// </summary>
public sealed record UserFieldDefinition(string FieldId, string? FieldName, string? Alias)
{
    /// <summary>The name a planner knows the field by.</summary>
    public string Label => Alias ?? FieldName ?? FieldId;
}
