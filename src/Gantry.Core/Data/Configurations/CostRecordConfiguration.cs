using Gantry.Core.Costs;
using Gantry.Core.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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
    }
}
