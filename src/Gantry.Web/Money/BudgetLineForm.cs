using System.ComponentModel.DataAnnotations;
using Gantry.Core.Costs;

namespace Gantry.Web.Money;

/// <summary>The "add a line" form of a draft budget: WBS, the activity it is spread over, cost code, amount and spread dates.</summary>
public sealed class BudgetLineForm
{
    public Guid? WbsNodeId { get; set; }

    public Guid? ActivityId { get; set; }

    public Guid? CostCodeId { get; set; }

    public string? Description { get; set; }

    [Display(Name = "Field.Amount")]
    public decimal? Amount { get; set; }

    public DateOnly? SpreadStart { get; set; }

    public DateOnly? SpreadFinish { get; set; }

    public BudgetLineInput ToInput() => new()
    {
        WbsNodeId = WbsNodeId, ActivityId = ActivityId, CostCodeId = CostCodeId, Description = Description, Amount = Amount,
        SpreadStart = SpreadStart, SpreadFinish = SpreadFinish,
    };
}
