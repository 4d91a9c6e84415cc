namespace Gantry.Core.Plans;

/// <summary>
/// The lower two of the three plan levels (三级计划). The first level, the master control plan
/// (总控计划), is the project schedule itself and has no row here.
/// </summary>
public enum PlanLevel
{
    /// <summary>月计划: one calendar month.</summary>
    Monthly = 1,

    /// <summary>周计划: one ISO week, Monday to Sunday.</summary>
    Weekly = 2,
}
