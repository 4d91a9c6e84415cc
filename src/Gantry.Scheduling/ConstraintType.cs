namespace Gantry.Scheduling;

/// <summary>A date constraint on an activity, as P6 and MS Project name them.</summary>
public enum ConstraintType
{
    AsSoonAsPossible,
    AsLateAsPossible,
    StartOn,
    StartNoEarlierThan,
    StartNoLaterThan,
    FinishOn,
    FinishNoEarlierThan,
    FinishNoLaterThan,

    /// <summary>P6 "mandatory start": overrides logic in both passes.</summary>
    MandatoryStart,

    /// <summary>P6 "mandatory finish": overrides logic in both passes.</summary>
    MandatoryFinish,
}
