using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class WbsNodeConfiguration : IEntityTypeConfiguration<WbsNode>
{
    public void Configure(EntityTypeBuilder<WbsNode> builder)
    {
        builder.ToTable("WbsNodes");
        builder.Property(w => w.Code).HasMaxLength(WbsNode.CodeMaxLength);
        builder.Property(w => w.Name).HasMaxLength(WbsNode.NameMaxLength);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasIndex(w => new { w.ProjectId, w.Code }).IsUnique();
        builder.HasIndex(w => w.ParentId);
        builder.HasOne<Project>().WithMany().HasForeignKey(w => w.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WbsNode>().WithMany().HasForeignKey(w => w.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
