using System.Globalization;
using System.Xml.Linq;

namespace Gantry.Interchange.Mspdi;

/// <summary>An <c>Assignment</c> of a resource to a task, with its work and cost.</summary>
public sealed record MspdiAssignment
{
    public required int Uid { get; init; }
    public required int TaskUid { get; init; }
    public required int ResourceUid { get; init; }
    public decimal? Units { get; init; }
    public decimal? WorkMinutes { get; init; }
    public decimal? ActualWorkMinutes { get; init; }
    public decimal? RemainingWorkMinutes { get; init; }
    public decimal? Cost { get; init; }
    public DateTime? Start { get; init; }
    public DateTime? Finish { get; init; }

    /// <summary>0 flat; 1-8 the built-in and edited contours, which spread the work over a longer span.</summary>
    public int WorkContour { get; init; }
    public required XElement Element { get; init; }

    internal static MspdiAssignment From(XElement element, MspdiElements e)
    {
        int uid = e.Int(element, "UID", "Assignment") ?? throw e.Error(element, "Assignment", "UID", InterchangeText.Format("MissingElement", "Assignment", "UID"));
        string record = "Assignment UID " + uid.ToString(CultureInfo.InvariantCulture);
        return new MspdiAssignment
        {
            Uid = uid,
            TaskUid = e.Int(element, "TaskUID", record) ?? throw e.Error(element, record, "TaskUID", InterchangeText.Format("MissingElement", "Assignment", "TaskUID")),
            ResourceUid = e.Int(element, "ResourceUID", record) ?? throw e.Error(element, record, "ResourceUID", InterchangeText.Format("MissingElement", "Assignment", "ResourceUID")),
            Units = e.Number(element, "Units", record),
            WorkMinutes = e.DurationMinutes(element, "Work", record),
            ActualWorkMinutes = e.DurationMinutes(element, "ActualWork", record),
            RemainingWorkMinutes = e.DurationMinutes(element, "RemainingWork", record),
            Cost = e.Number(element, "Cost", record),
            Start = e.Date(element, "Start", record),
            Finish = e.Date(element, "Finish", record),
            WorkContour = e.Int(element, "WorkContour", record) ?? 0,
            Element = element,
        };
    }
}
