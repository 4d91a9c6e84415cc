using System.Globalization;
using System.Xml.Linq;

namespace Gantry.Interchange.Mspdi;

/// <summary>A <c>Resource</c>: <c>Type</c> 0 material, 1 work, 2 cost.</summary>
public sealed record MspdiResource
{
    public required int Uid { get; init; }
    public int? Id { get; init; }
    public string? Name { get; init; }
    public int Type { get; init; } = 1;
    public int? CalendarUid { get; init; }
    public decimal? MaxUnits { get; init; }
    public decimal? StandardRate { get; init; }
    public decimal? Cost { get; init; }
    public required IReadOnlyList<MspdiExtendedAttributeValue> ExtendedAttributes { get; init; }
    public required XElement Element { get; init; }

    internal static MspdiResource From(XElement element, MspdiElements e)
    {
        int uid = e.Int(element, "UID", "Resource") ?? throw e.Error(element, "Resource", "UID", InterchangeText.Format("MissingElement", "Resource", "UID"));
        string record = "Resource UID " + uid.ToString(CultureInfo.InvariantCulture);
        return new MspdiResource
        {
            Uid = uid,
            Id = e.Int(element, "ID", record),
            Name = MspdiElements.Text(element, "Name"),
            Type = e.Int(element, "Type", record) ?? 1,
            CalendarUid = e.Int(element, "CalendarUID", record),
            MaxUnits = e.Number(element, "MaxUnits", record),
            StandardRate = e.Number(element, "StandardRate", record),
            Cost = e.Number(element, "Cost", record),
            ExtendedAttributes = [.. MspdiElements.Children(element, "ExtendedAttribute").Select(MspdiExtendedAttributeValue.From)],
            Element = element,
        };
    }
}
