namespace Gantry.Core.Scenarios;

/// <summary>Where a scenario stands: still being worked on, or decided (adopted or discarded, kept for history).</summary>
public enum ScenarioStatus
{
    Open = 1,
    Adopted = 2,
    Discarded = 3,
}
