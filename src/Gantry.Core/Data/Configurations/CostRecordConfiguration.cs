using Gantry.Core.Costs;
using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Data.Configurations;

/// <summary>The report groups by project, WBS node, cost code and kind: the first index serves that grouping; the date index the drill-down.</summary>
internal sealed class CostRecordConfiguration : IEntityTypeConfiguration<CostRecord>
{
    public void Configure(EntityTypeBuilder<CostRecord> builder)
    {
        builder.Property(r => r.Description).HasMaxLength(CostRecord.DescriptionMaxLength);
        builder.Property(r => r.Amount).HasPrecision(18, 2);
        builder.Property(r => r.NetAmount).HasPrecision(18, 2);
        builder.Property(r => r.VatRate).HasPrecision(9, 4);
        builder.HasIndex(r => new { r.ProjectId, r.WbsNodeId, r.CostCodeId, r.Kind });
        builder.HasIndex(r => new { r.ProjectId, r.Date });
        builder.HasIndex(r => r.ActivityId);
        builder.HasIndex(r => r.SourceId);
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CostCode>().WithMany().HasForeignKey(r => r.CostCodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contract>().WithMany().HasForeignKey(r => r.ContractId).OnDelete(DeleteBehavior.Restrict);
        // A cost keeps its amount when the schedule is re-imported or an activity deleted: the link is cleared, not the money.
        builder.HasOne<WbsNode>().WithMany().HasForeignKey(r => r.WbsNodeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Activity>().WithMany().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.SetNull);
    }
}
