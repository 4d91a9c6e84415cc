using System.Globalization;
using Gantry.Core.Plans;

namespace Gantry.Web.Plans;

/// <summary>
/// The values a user typed into a plan row's editor as one line, kept when the save is refused as
/// stale so he can compare it with the current values and type it again.
/// </summary>
public static class PlanEntry
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Of(PlanTaskInput input) => Join(
        input.Date?.ToString("yyyy-MM-dd", Inv), input.Crew, input.Description,
        input.Quantity is { } q ? $"{q.ToString("0.###", Inv)} {input.Unit}".Trim() : null, input.ResponsiblePerson);

    public static string Of(PlanItemInput input, string? durationDays) => Join(
        input.Code, input.Name, input.PlannedStart?.ToString("yyyy-MM-dd", Inv) + " – " + input.PlannedFinish?.ToString("yyyy-MM-dd", Inv),
        string.IsNullOrWhiteSpace(durationDays) ? null : durationDays + " d",
        input.PlannedPercent is { } p ? p.ToString("0.#", Inv) + "%" : null,
        input.Quantity is { } q ? $"{q.ToString("0.###", Inv)} {input.Unit}".Trim() : null);

    public static string Of(PlanProgressInput input) => Join(
        input.PercentComplete is { } p ? p.ToString("0.#", Inv) + "%" : null,
        input.ActualStart?.ToString("yyyy-MM-dd", Inv), input.ActualFinish?.ToString("yyyy-MM-dd", Inv));

    private static string Join(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
