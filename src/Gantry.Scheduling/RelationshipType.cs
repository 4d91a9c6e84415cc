namespace Gantry.Scheduling;

/// <summary>Which end of the predecessor drives which end of the successor.</summary>
public enum RelationshipType
{
    FinishToStart,
    StartToStart,
    FinishToFinish,
    StartToFinish,
}
