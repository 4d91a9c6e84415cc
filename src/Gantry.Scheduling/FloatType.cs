namespace Gantry.Scheduling;

/// <summary>P6's "compute total float as" option.</summary>
public enum FloatType
{
    /// <summary>Late finish minus early finish.</summary>
    Finish,

    /// <summary>Late start minus early start.</summary>
    Start,

    /// <summary>The smaller of start and finish float.</summary>
    Smallest,
}
