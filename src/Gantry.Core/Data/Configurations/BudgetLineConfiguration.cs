using Gantry.Core.Costs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

/// <summary>WbsNodeId and ActivityId are indexed but have no foreign key yet: the schedule tables come from another branch.</summary>
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
    }
}
