namespace Gantry.Core.Projects;

/// <summary>Where the project stands in its life; archiving is separate and hides it from daily work.</summary>
public enum ProjectStatus
{
    /// <summary>筹备: tendering, design, permits.</summary>
    Planned = 1,

    /// <summary>在建: works under way.</summary>
    InProgress = 2,

    /// <summary>停工: suspended, e.g. by the owner or the authorities.</summary>
    Suspended = 3,

    /// <summary>竣工: completed and accepted.</summary>
    Completed = 4,

    /// <summary>终止: cancelled before completion.</summary>
    Cancelled = 5,
}
