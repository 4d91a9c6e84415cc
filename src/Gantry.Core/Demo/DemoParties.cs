namespace Gantry.Core.Demo;

/// <summary>The demo's organisations and people that the money demo signs and pays with.</summary>
internal sealed record DemoParties(Guid Owner, Guid Contractor, Guid Mep, Guid Facade, Guid Supplier, Guid Manager, Guid CostController,
    Guid SiteEngineer, Guid MepForeman);
