namespace Gantry.Interchange.Health;

/// <summary>The verdict on one check.</summary>
public enum HealthStatus
{
    Pass,
    Fail,

    /// <summary>The file lacks what the check needs (a baseline, resources, incomplete work), said plainly rather than passed.</summary>
    NotAssessed,
}
