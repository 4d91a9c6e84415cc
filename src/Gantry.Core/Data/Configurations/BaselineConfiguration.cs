using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class BaselineConfiguration : IEntityTypeConfiguration<Baseline>
{
    public void Configure(EntityTypeBuilder<Baseline> builder)
    {
        builder.ToTable("Baselines");
        builder.Property(b => b.Name).HasMaxLength(Baseline.NameMaxLength);
        builder.Property(b => b.SavedByName).HasMaxLength(200);
        builder.Property(b => b.ApprovedByName).HasMaxLength(200);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasIndex(b => b.ProjectId);
        builder.HasOne<Project>().WithMany().HasForeignKey(b => b.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
