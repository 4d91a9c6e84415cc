namespace Gantry.Interchange;

/// <summary>What a resource is, as P6 (<c>rsrc_type</c>) and MS Project (<c>Type</c>) classify it.</summary>
public enum ResourceKind
{
    /// <summary>People, paid by the hour (P6 RT_Labor, MS Project work resource).</summary>
    Labor,

    /// <summary>Plant and machines (P6 RT_Equip).</summary>
    Equipment,

    /// <summary>Consumed by quantity, with no working time (P6 RT_Mat, MS Project material).</summary>
    Material,
}
