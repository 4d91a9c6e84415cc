using Gantry.Core.Common;
using Gantry.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>Refuses money records dated in a closed month.</summary>
public static class PeriodRules
{
    public static async Task EnsureOpenAsync(GantryDbContext db, Guid projectId, DateOnly date, string field,
        CancellationToken cancellationToken)
    {
        var month = ClosedMonth.MonthOf(date);
        if (await db.ClosedMonths.AnyAsync(c => c.ProjectId == projectId && c.Month == month, cancellationToken))
        {
            throw ValidationFailedException.For(field, Localization.Text.Get("MonthClosed", Validation.Label(field),
                month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
