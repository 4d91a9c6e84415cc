using System.Xml.Linq;

namespace Gantry.Interchange.Mspdi;

/// <summary>The definition of a custom field: its id, its built-in name (Text1…) and the alias the planner gave it.</summary>
public sealed record MspdiExtendedAttribute(string FieldId, string? FieldName, string? Alias)
{
    internal static MspdiExtendedAttribute From(XElement element) =>
        new(MspdiElements.Text(element, "FieldID") ?? string.Empty, MspdiElements.Text(element, "FieldName"), MspdiElements.Text(element, "Alias"));
}
