using Gantry.Core.Costs;

namespace Gantry.Web.Api;

/// <summary>Query string of <c>GET …/costs/records</c> (the drill-down behind a report figure).</summary>
public sealed record CostRecordFilter(Guid?WbsNodeId, Guid? CostCodeId, CostCategory? Category, CostRecordKind? Kind, CostSource? Source,
    DateOnly? From, DateOnly? To, int? Skip, int? Take)
{
    public CostRecordQuery ToQuery() => new()
    {
        WbsNodeId = WbsNodeId, CostCodeId = CostCodeId, Category = Category, Kind = Kind, Source = Source, From = From, To = To,
        Skip = Skip ?? 0, Take = Take ?? 200,
    };
}
