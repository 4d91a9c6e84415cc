namespace Gantry.Interchange.Pmxml;

/// <summary>One XER field and the P6 XML element it is read from. Errors name the element.</summary>
internal sealed record PmxmlColumn(string XerField, string Element, PmxmlKind Kind, IReadOnlyDictionary<string, string>? Words = null);
