using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class ProjectCalendarConfiguration : IEntityTypeConfiguration<ProjectCalendar>
{
    public void Configure(EntityTypeBuilder<ProjectCalendar> builder)
    {
        builder.ToTable("ProjectCalendars");
        builder.Property(c => c.Name).HasMaxLength(ProjectCalendar.NameMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Rules);
        builder.HasIndex(c => c.ProjectId);
        builder.HasOne<Project>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProjectCalendar>().WithMany().HasForeignKey(c => c.BaseCalendarId).OnDelete(DeleteBehavior.Restrict);
    }
}
