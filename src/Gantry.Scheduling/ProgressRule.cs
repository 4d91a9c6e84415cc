namespace Gantry.Scheduling;

/// <summary>How logic treats an activity that started before its predecessors finished.</summary>
public enum ProgressRule
{
    /// <summary>P6 retained logic: the remaining work still waits for the predecessor.</summary>
    RetainedLogic,

    /// <summary>P6 progress override: started work ignores its predecessors.</summary>
    ProgressOverride,

    /// <summary>P6 actual dates: like progress override, and remaining work follows actuals.</summary>
    ActualDates,
}
