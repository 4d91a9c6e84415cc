namespace Gantry.Interchange;

/// <summary>What a resource is: people and equipment work in hours; materials are used up; costs are money only.</summary>
public enum ResourceKind
{
    Work,
    Material,
    Cost,
}
