namespace Gantry.Interchange.Health;

/// <summary>The 14 points of the DCMA schedule assessment, numbered as planners know them.</summary>
public enum HealthMetric
{
    MissingLogic = 1,
    Leads = 2,
    Lags = 3,
    RelationshipTypes = 4,
    HardConstraints = 5,
    HighFloat = 6,
    NegativeFloat = 7,
    HighDuration = 8,
    InvalidDates = 9,
    Resources = 10,
    MissedTasks = 11,
    CriticalPathTest = 12,
    CriticalPathLengthIndex = 13,
    BaselineExecutionIndex = 14,
}
