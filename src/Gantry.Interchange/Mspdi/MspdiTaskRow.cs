using Gantry.Scheduling;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// One row of the task sheet to write: an activity, or a summary made from a WBS node (then
/// <see cref="Activity"/> is null and <see cref="WbsCode"/> names the node).
/// </summary>
internal sealed record MspdiTaskRow(int Uid, int OutlineLevel, ScheduleActivity? Activity, string? WbsCode, string? Name)
{
    /// <summary>Rows below this one in the outline make it a summary.</summary>
    public bool HasChildren { get; set; }
}
