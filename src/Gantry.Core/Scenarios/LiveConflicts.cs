using Gantry.Core.Common;
using Gantry.Core.Localization;
using Gantry.Core.Schedules;

namespace Gantry.Core.Scenarios;

/// <summary>
/// Before adoption: every live record a scenario change touches must still be as it was copied. A
/// version that moved means a planner edited it (reschedules do not bump versions), so replaying the
/// scenario over it would silently undo their edit; we refuse and name each one instead.
/// </summary>
internal static class LiveConflicts
{
    public static void Check(ScenarioSnapshot snapshot, IReadOnlyList<ScenarioChange> changes, IReadOnlyList<Activity> activities,
        IReadOnlyList<ActivityLink> links, IReadOnlyList<ProjectCalendar> calendars)
    {
        var copiedActivities = snapshot.Activities.ToDictionary(a => a.Id);
        var copiedLinks = snapshot.Links.ToDictionary(l => l.Id);
        var copiedCalendars = snapshot.Calendars.ToDictionary(c => c.Id);
        var liveActivities = activities.ToDictionary(a => a.Id);
        var liveLinks = links.ToDictionary(l => l.Id);
        var liveCalendars = calendars.ToDictionary(c => c.Id);
        var problems = new List<string>();

        void Activity(Guid? id, bool edited)
        {
            if (id is not { } key || !copiedActivities.TryGetValue(key, out var copied))
            {
                return;
            }

            var code = copied.Input.Code ?? key.ToString();
            if (!liveActivities.TryGetValue(key, out var live))
            {
                problems.Add(Text.Get("ScenarioLiveActivityDeleted", code));
            }
            else if (edited && live.Version != copied.Version)
            {
                problems.Add(Text.Get("ScenarioLiveActivityChanged", code));
            }
        }

        foreach (var change in changes)
        {
            switch (change.Kind)
            {
                case ScenarioChangeKind.ChangeActivity or ScenarioChangeKind.RemoveActivity:
                    Activity(change.ActivityId, edited: true);
                    break;
                case ScenarioChangeKind.AddLink:
                    Activity(change.PredecessorId, edited: false);
                    Activity(change.SuccessorId, edited: false);
                    break;
                case ScenarioChangeKind.ChangeLink or ScenarioChangeKind.RemoveLink
                    when change.LinkId is { } linkId && copiedLinks.TryGetValue(linkId, out var copiedLink):
                    if (!liveLinks.TryGetValue(linkId, out var liveLink) || liveLink.Version != copiedLink.Version)
                    {
                        var predecessor = copiedActivities.GetValueOrDefault(copiedLink.PredecessorId)?.Input.Code;
                        var successor = copiedActivities.GetValueOrDefault(copiedLink.SuccessorId)?.Input.Code;
                        problems.Add(Text.Get("ScenarioLiveLinkChanged", predecessor ?? "?", successor ?? "?"));
                    }

                    break;
            }

            if (change.Kind is ScenarioChangeKind.ChangeActivity && change.CalendarId is { } calendarId
                && copiedCalendars.TryGetValue(calendarId, out var calendar) && !liveCalendars.ContainsKey(calendarId))
            {
                problems.Add(Text.Get("ScenarioLiveCalendarDeleted", calendar.Input.Name ?? calendarId.ToString()));
            }
        }

        if (problems.Count > 0)
        {
            // One message naming every conflict, so the planner sees the whole list at once.
            throw ValidationFailedException.For("scenario", string.Join(" ", problems.Distinct(StringComparer.Ordinal)));
        }
    }
}
