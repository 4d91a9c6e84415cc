using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Gantry.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("Activities");
        builder.Property(a => a.Code).HasMaxLength(Activity.CodeMaxLength);
        builder.Property(a => a.Name).HasMaxLength(Activity.NameMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Start);
        builder.Ignore(a => a.Finish);
        builder.Ignore(a => a.IsMilestone);
        builder.Ignore(a => a.IsReportedMilestone);
        foreach (var date in new[] { nameof(Activity.ActualStart), nameof(Activity.ActualFinish), nameof(Activity.SuspendDate),
                     nameof(Activity.ResumeDate), nameof(Activity.ConstraintDate), nameof(Activity.SecondaryConstraintDate),
                     nameof(Activity.Deadline), nameof(Activity.ExpectedFinish), nameof(Activity.ContractualDate) })
        {
            builder.Property<DateTime?>(date).IsWallClock();
        }

        foreach (var date in new[] { nameof(Activity.EarlyStart), nameof(Activity.EarlyFinish), nameof(Activity.LateStart), nameof(Activity.LateFinish) })
        {
            builder.Property<DateTime?>(date).IsWallClock().IsComputed();
        }

        builder.Property(a => a.TotalFloatMinutes).IsComputed();
        builder.Property(a => a.FreeFloatMinutes).IsComputed();
        builder.Property(a => a.Critical).IsComputed();
        builder.Property(a => a.OnLongestPath).IsComputed();
        builder.HasIndex(a => new { a.ProjectId, a.Code }).IsUnique();
        builder.HasIndex(a => a.WbsId);
        builder.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WbsNode>().WithMany().HasForeignKey(a => a.WbsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProjectCalendar>().WithMany().HasForeignKey(a => a.CalendarId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.ResponsibleOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.ResponsiblePersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
