using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class ActivityLinkConfiguration : IEntityTypeConfiguration<ActivityLink>
{
    public void Configure(EntityTypeBuilder<ActivityLink> builder)
    {
        builder.ToTable("ActivityLinks");
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Property(l => l.Driving).IsComputed();
        // P6 allows an SS and an FF between the same two activities (a ladder); the same type twice is a duplicate.
        builder.HasIndex(l => new { l.PredecessorId, l.SuccessorId, l.Type }).IsUnique();
        builder.HasIndex(l => l.SuccessorId);
        builder.HasIndex(l => l.ProjectId);
        // Deleting an activity deletes its links with it: a link to nothing is no logic.
        builder.HasOne<Activity>().WithMany().HasForeignKey(l => l.PredecessorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Activity>().WithMany().HasForeignKey(l => l.SuccessorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Project>().WithMany().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.NoAction);
    }
}
