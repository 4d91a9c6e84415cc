namespace Gantry.Scheduling;

/// <summary>Whose habits the engine reproduces where P6 and MS Project differ.</summary>
public enum SchedulingConvention
{
    /// <summary>Finishes at the end of a shift; completed work shows no float.</summary>
    PrimaveraP6,

    /// <summary>Deadlines pull late dates; percent lags; elapsed durations.</summary>
    MicrosoftProject,
}
