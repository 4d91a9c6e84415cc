namespace Gantry.Interchange;

/// <summary>
/// What a resource is, as P6 (<c>rsrc_type</c>) and MS Project (<c>Type</c>) classify it. MS
/// Project has one "work" kind for people and machines; it reads as <see cref="Labor"/>.
/// </summary>
public enum ResourceKind
{
    /// <summary>People, paid by the hour (P6 RT_Labor, MS Project work resource).</summary>
    Labor,

    /// <summary>Plant and machines (P6 RT_Equip); MS Project writes them as work resources.</summary>
    Equipment,

    /// <summary>Consumed by quantity, with no working time (P6 RT_Mat, MS Project material).</summary>
    Material,

    /// <summary>Money only, no work or quantity (MS Project cost resource; P6 has none and gets a material).</summary>
    Cost,
}
