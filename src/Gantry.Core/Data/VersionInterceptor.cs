using Gantry.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gantry.Core.Data;

/// <summary>
/// Bumps <see cref="IVersioned.Version"/> of every modified aggregate. The UPDATE then carries
/// "WHERE Version = original", so a concurrent save finds no row and EF reports the conflict.
/// </summary>
public sealed class VersionInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Bump(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Bump(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Bump(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        foreach (var entry in context.ChangeTracker.Entries<IVersioned>())
        {
            // A reschedule rewrites computed dates only; that is no edit a planner could collide with.
            if (entry.State == EntityState.Modified
                && entry.Properties.Any(p => p.IsModified && !ScheduleAnnotations.IsComputedValue(p.Metadata)))
            {
                var version = entry.Property(e => e.Version);
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }
}
