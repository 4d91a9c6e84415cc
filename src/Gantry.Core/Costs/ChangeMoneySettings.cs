using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Costs;

/// <summary>Sets the overrun warning rate and the funding gap threshold of a project.</summary>
public sealed class ChangeMoneySettings(GantryDbContext db, PermissionService permissions)
{
    public async Task<MoneySettingsInput> ExecuteAsync(Guid projectId, MoneySettingsInput input, CancellationToken cancellationToken = default)
    {
        await permissions.RequireProjectAsync(projectId, Permission.EditCosts, cancellationToken);
        var v = new Validation();
        var rate = v.Fraction("overrunWarningRate", input.OverrunWarningRate, MoneySettings.DefaultOverrunWarningRate);
        var floor = v.Amount("fundingGapThreshold", input.FundingGapThreshold ?? 0m, allowNegative: true);
        v.ThrowIfAny();
        var settings = await db.MoneySettings.SingleOrDefaultAsync(s => s.ProjectId == projectId, cancellationToken);
        if (settings is null)
        {
            settings = MoneySettings.Default(projectId);
            db.MoneySettings.Add(settings);
        }
        else
        {
            ConcurrencyCheck.Expect(db, settings, input.Version, "Entity_MoneySettings");
        }

        settings.Change(rate, floor);
        await db.SaveChangesAsync(cancellationToken);
        return new MoneySettingsInput { OverrunWarningRate = rate, FundingGapThreshold = floor, Version = settings.Version };
    }

    internal static async Task<MoneySettings> LoadAsync(GantryDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        await db.MoneySettings.AsNoTracking().SingleOrDefaultAsync(s => s.ProjectId == projectId, cancellationToken)
        ?? MoneySettings.Default(projectId);
}
