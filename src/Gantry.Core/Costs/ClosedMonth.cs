using Gantry.Core.Common;

namespace Gantry.Core.Costs;

/// <summary>
/// A month whose books are closed (月结): costs, tickets, receipts and payments dated in it can no
/// longer be added or changed; a correction goes into an open month as a reversing record.
/// </summary>
public sealed class ClosedMonth : IProjectScoped
{
    private ClosedMonth()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>The first day of the closed month.</summary>
    public DateOnly Month { get; private set; }

    public Guid ClosedBy { get; private set; }

    public DateTime ClosedAt { get; private set; }

    public static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);

    public static ClosedMonth Create(Guid projectId, DateOnly month, Guid closedBy, DateTime now) =>
        new() { Id = Guid.CreateVersion7(), ProjectId = projectId, Month = MonthOf(month), ClosedBy = closedBy, ClosedAt = now };
}
