using Gantry.Core.Organisations;
using Gantry.Core.Plans;
using Gantry.Core.Projects;
using Gantry.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("Plans");
        builder.Property(p => p.Name).HasMaxLength(Plan.NameMaxLength);
        builder.Property(p => p.CreatedByName).HasMaxLength(User.DisplayNameMaxLength);
        builder.Property(p => p.SubmittedByName).HasMaxLength(User.DisplayNameMaxLength);
        builder.Property(p => p.ApprovedByName).HasMaxLength(User.DisplayNameMaxLength);
        builder.Property(p => p.PublishedByName).HasMaxLength(User.DisplayNameMaxLength);
        builder.Property(p => p.RejectedByName).HasMaxLength(User.DisplayNameMaxLength);
        builder.Property(p => p.RejectionReason).HasMaxLength(Plan.ReasonMaxLength);
        builder.Property(p => p.UpdatedAt).IsNotAudited();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Window);
        builder.Ignore(p => p.IsPublished);
        builder.HasIndex(p => new { p.ProjectId, p.Level, p.PeriodStart });
        builder.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Items).HasField("_items");
        builder.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.ResponsibleOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.CreatedById).OnDelete(DeleteBehavior.SetNull);
        // Revisions and derived weekly plans point at their origin; the origin is never deleted on its own.
        builder.HasOne<Plan>().WithMany().HasForeignKey(p => p.SourcePlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Plan>().WithMany().HasForeignKey(p => p.RevisionOfId).OnDelete(DeleteBehavior.Restrict);
    }
}
