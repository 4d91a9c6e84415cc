using System.Xml.Linq;

namespace Gantry.Interchange.Mspdi;

/// <summary>A custom field value on a task or resource (<c>FieldID</c> names the field).</summary>
public sealed record MspdiExtendedAttributeValue(string FieldId, string? Value)
{
    internal static MspdiExtendedAttributeValue From(XElement element) =>
        new(MspdiElements.Text(element, "FieldID") ?? string.Empty, MspdiElements.Text(element, "Value"));
}
