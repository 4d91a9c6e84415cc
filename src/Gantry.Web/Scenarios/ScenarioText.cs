using System.Globalization;
using Gantry.Core.Scenarios;
using Gantry.Core.Schedules;
using Gantry.Scheduling;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Scenarios;

/// <summary>How the scenario pages write schedule dates, day counts and recorded changes.</summary>
public static class ScenarioText
{
    /// <summary>Schedule dates are project wall-clock times: shown as stored, never shifted to the reader's zone.</summary>
    public static string Wall(DateTime? value) => value?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "—";

    public static string Days(double? days) => days?.ToString("0.##", CultureInfo.CurrentCulture) ?? "—";

    public static string Days(double? minutes, int minutesPerDay) => minutes is { } m ? Days(m / minutesPerDay) : "—";

    /// <summary>One recorded change in a sentence, with the codes the change refers to.</summary>
    public static string Describe(ScenarioChangeView view, int minutesPerDay, IStringLocalizer s)
    {
        var c = view.Change;
        return c.Kind switch
        {
            ScenarioChangeKind.ChangeActivity => s["Kind.ChangeActivity", view.ActivityCode ?? "?", string.Join(", ", ActivityParts(view, minutesPerDay, s))],
            ScenarioChangeKind.AddActivity => s["Kind.AddActivity", $"{c.Code} {c.Name}", Days(c.DurationMinutes, minutesPerDay)],
            ScenarioChangeKind.RemoveActivity => s["Kind.RemoveActivity", view.ActivityCode ?? "?"],
            ScenarioChangeKind.AddLink => s["Kind.AddLink", view.PredecessorCode ?? "?", view.SuccessorCode ?? "?", LinkPayload.Abbreviation(c.LinkType ?? RelationshipType.FinishToStart), Days(c.LagMinutes ?? 0, minutesPerDay)],
            ScenarioChangeKind.ChangeLink => s["Kind.ChangeLink", view.PredecessorCode ?? "?", view.SuccessorCode ?? "?", c.LinkType is { } t ? LinkPayload.Abbreviation(t) : "", Days(c.LagMinutes, minutesPerDay)],
            ScenarioChangeKind.RemoveLink => s["Kind.RemoveLink", view.PredecessorCode ?? "?", view.SuccessorCode ?? "?"],
            ScenarioChangeKind.AddCalendar => s["Kind.AddCalendar", c.Calendar?.Name ?? ""],
            _ => c.Kind.ToString(),
        };
    }

    private static IEnumerable<string> ActivityParts(ScenarioChangeView view, int minutesPerDay, IStringLocalizer s)
    {
        var c = view.Change;
        if (c.DurationMinutes is { } minutes)
        {
            yield return s["Kind.Duration", Days(minutes, minutesPerDay)];
        }

        if (c.CalendarId is not null)
        {
            yield return s["Kind.Calendar", view.CalendarName ?? "?"];
        }

        if (c.ConstraintType is ConstraintType.AsSoonAsPossible)
        {
            yield return s["Kind.ConstraintRemoved"];
        }
        else if (c.ConstraintType is { } type)
        {
            yield return s["Kind.Constraint", $"{type} {Wall(c.ConstraintDate)}"];
        }
    }
}
