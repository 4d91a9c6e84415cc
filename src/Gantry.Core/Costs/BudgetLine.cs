using Gantry.Core.Common;

namespace Gantry.Core.Costs;

/// <summary>
/// The target cost of one WBS node × cost code, net of VAT, optionally tied to one activity, spread
/// evenly over its dates to make the planned value (PV) curve. <see cref="WbsNodeId"/> and
/// <see cref="ActivityId"/> are the schedule's ids; a re-imported schedule clears them rather than
/// the money.
/// </summary>
public sealed class BudgetLine : IVersioned, IProjectScoped
{
    public const int DescriptionMaxLength = 500;

    private BudgetLine()
    {
        Description = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid BudgetVersionId { get; private set; }

    public Guid?WbsNodeId { get; private set; }

    public Guid?ActivityId { get; private set; }

    public Guid CostCodeId { get; private set; }

    public string Description { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>First day of the spread, inclusive.</summary>
    public DateOnly SpreadStart { get; private set; }

    /// <summary>Last day of the spread, inclusive, as a planner reads an activity's finish.</summary>
    public DateOnly SpreadFinish { get; private set; }

    public int Version { get; set; }

    public static BudgetLine Create(Guid projectId, Guid versionId, BudgetLineValues values)
    {
        var line = new BudgetLine { Id = Guid.CreateVersion7(), ProjectId = projectId, BudgetVersionId = versionId };
        line.Change(values);
        return line;
    }

    /// <summary>A copy for a revision, which starts from the approved lines.</summary>
    public BudgetLine CopyTo(Guid versionId) => Create(ProjectId, versionId,
        new BudgetLineValues(WbsNodeId, ActivityId, CostCodeId, Description, Amount, SpreadStart, SpreadFinish));

    public void Change(BudgetLineValues values)
    {
        WbsNodeId = values.WbsNodeId;
        ActivityId = values.ActivityId;
        CostCodeId = values.CostCodeId;
        Description = values.Description;
        Amount = values.Amount;
        SpreadStart = values.SpreadStart;
        SpreadFinish = values.SpreadFinish;
    }
}
