using System.Xml.Linq;

namespace Gantry.Interchange.Mspdi;

/// <summary>One of a task's baselines 0–10.</summary>
public sealed record MspdiBaseline
{
    public int Number { get; init; }
    public DateTime? Start { get; init; }
    public DateTime? Finish { get; init; }
    public decimal? DurationMinutes { get; init; }
    public decimal? WorkMinutes { get; init; }
    public decimal? Cost { get; init; }

    internal static MspdiBaseline From(XElement element, MspdiElements e, string record) => new()
    {
        Number = e.Int(element, "Number", record) ?? 0,
        Start = e.Date(element, "Start", record),
        Finish = e.Date(element, "Finish", record),
        DurationMinutes = e.DurationMinutes(element, "Duration", record),
        WorkMinutes = e.DurationMinutes(element, "Work", record),
        Cost = e.Number(element, "Cost", record),
    };
}
