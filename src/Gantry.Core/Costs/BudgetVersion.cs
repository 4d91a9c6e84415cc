using Gantry.Core.Common;

namespace Gantry.Core.Costs;

/// <summary>One version of the project's target cost. The approved version is the budget every report compares with.</summary>
public sealed class BudgetVersion : IVersioned, IProjectScoped
{
    public const int NameMaxLength = 100;

    private BudgetVersion()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>1 for the initial budget, then 2, 3… for each revision.</summary>
    public int Number { get; private set; }

    public BudgetKind Kind { get; private set; }

    public string Name { get; private set; }

    public BudgetStatus Status { get; private set; }

    public Guid? ApprovedBy { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public int Version { get; set; }

    public static BudgetVersion Create(Guid projectId, int number, string? name)
    {
        var v = new Validation();
        var trimmed = v.Trimmed("name", name, NameMaxLength);
        v.ThrowIfAny();
        return new BudgetVersion
        {
            Id = Guid.CreateVersion7(),
            ProjectId = projectId,
            Number = number,
            Kind = number == 1 ? BudgetKind.Initial : BudgetKind.Revised,
            Name = trimmed,
            Status = BudgetStatus.Draft,
        };
    }

    public void EnsureDraft()
    {
        if (Status != BudgetStatus.Draft)
        {
            throw ValidationFailedException.For("status", Localization.Text.Get("NotDraft", Localization.Text.Get("Entity_BudgetVersion")));
        }
    }

    public void Approve(Guid userId, DateTime now)
    {
        EnsureDraft();
        Status = BudgetStatus.Approved;
        ApprovedBy = userId;
        ApprovedAt = now;
    }

    public void Supersede() => Status = BudgetStatus.Superseded;
}
