using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class ScheduleSettingsConfiguration : IEntityTypeConfiguration<ScheduleSettings>
{
    public void Configure(EntityTypeBuilder<ScheduleSettings> builder)
    {
        builder.ToTable("ScheduleSettings");
        builder.HasKey(s => s.ProjectId);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.ProjectStart).IsWallClock();
        builder.Property(s => s.DataDate).IsWallClock();
        builder.Property(s => s.MustFinishBy).IsWallClock();
        builder.Property(s => s.Finish).IsWallClock().IsComputed();
        // The revision is the schedule's stamp: an UPDATE only succeeds from the revision it was computed on (ScheduleCache).
        builder.Property(s => s.Revision).IsComputed().IsConcurrencyToken();
        builder.HasOne<Project>().WithOne().HasForeignKey<ScheduleSettings>(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProjectCalendar>().WithMany().HasForeignKey(s => s.DefaultCalendarId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Baseline>().WithMany().HasForeignKey(s => s.ComparisonBaselineId).OnDelete(DeleteBehavior.SetNull);
    }
}
