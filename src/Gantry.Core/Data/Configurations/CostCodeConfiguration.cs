using Gantry.Core.Costs;
using Gantry.Core.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class CostCodeConfiguration : IEntityTypeConfiguration<CostCode>
{
    public void Configure(EntityTypeBuilder<CostCode> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(CostCode.CodeMaxLength);
        builder.Property(c => c.Name).HasMaxLength(CostCode.NameMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.ProjectId, c.Code }).IsUnique();
        builder.HasOne<Project>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CostCode>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
