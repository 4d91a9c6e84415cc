namespace Gantry.Core.Scenarios;

/// <summary>The edits a what-if scenario can make; each maps to one use case of the live schedule when adopted.</summary>
public enum ScenarioChangeKind
{
    /// <summary>Duration, calendar and/or constraint of an activity.</summary>
    ChangeActivity = 1,
    AddActivity = 2,
    RemoveActivity = 3,
    AddLink = 4,

    /// <summary>Type and lag of a link (e.g. FS becomes SS with a lag to overlap two activities).</summary>
    ChangeLink = 5,
    RemoveLink = 6,

    /// <summary>A calendar of the scenario's own (a night shift, a 24-hour calendar).</summary>
    AddCalendar = 7,
}
