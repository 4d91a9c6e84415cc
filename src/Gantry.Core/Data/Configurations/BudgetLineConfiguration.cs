using Gantry.Core.Costs;
using Gantry.Core.Schedules;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Data.Configurations;

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.Property(l => l.Description).HasMaxLength(BudgetLine.DescriptionMaxLength);
        builder.Property(l => l.Amount).HasPrecision(18, 2);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasIndex(l => new { l.BudgetVersionId, l.WbsNodeId, l.CostCodeId });
        builder.HasIndex(l => l.WbsNodeId);
        builder.HasIndex(l => l.ActivityId);
        builder.HasOne<BudgetVersion>().WithMany().HasForeignKey(l => l.BudgetVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CostCode>().WithMany().HasForeignKey(l => l.CostCodeId).OnDelete(DeleteBehavior.Restrict);
        // A cost keeps its amount when the schedule is re-imported or an activity deleted: the link is cleared, not the money.
        builder.HasOne<WbsNode>().WithMany().HasForeignKey(l => l.WbsNodeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Activity>().WithMany().HasForeignKey(l => l.ActivityId).OnDelete(DeleteBehavior.SetNull);
    }
}
