using Gantry.Core.Projects;
using Gantry.Core.Scenarios;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class ScenarioConfiguration : IEntityTypeConfiguration<Scenario>
{
    public void Configure(EntityTypeBuilder<Scenario> builder)
    {
        builder.ToTable("Scenarios");
        builder.Property(s => s.Name).HasMaxLength(Scenario.NameMaxLength);
        builder.Property(s => s.CreatedByName).HasMaxLength(200);
        builder.Property(s => s.DecidedByName).HasMaxLength(200);
        builder.Property(s => s.CopiedFinish).IsWallClock();
        builder.Property(s => s.Finish).IsWallClock();
        // The copy is the scenario's own data, not an edit of the live schedule: the trail records the changes, not this blob.
        builder.Property(s => s.SnapshotJson).IsNotAudited();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.Changes);
        builder.Ignore(s => s.Snapshot);
        builder.HasIndex(s => s.ProjectId);
        builder.HasOne<Project>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
