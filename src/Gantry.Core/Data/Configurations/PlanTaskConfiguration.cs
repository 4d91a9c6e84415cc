using Gantry.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.ToTable("PlanTasks");
        // Ids are made in code; a new row found through the parent's list must be inserted, not updated.
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Crew).HasMaxLength(PlanTask.CrewMaxLength);
        builder.Property(t => t.Description).HasMaxLength(PlanTask.DescriptionMaxLength);
        builder.Property(t => t.Unit).HasMaxLength(PlanTask.UnitMaxLength);
        builder.Property(t => t.ResponsiblePerson).HasMaxLength(PlanTask.PersonMaxLength);
        builder.Property(t => t.Quantity).HasPrecision(18, 3);
        builder.Ignore(t => t.HasProgress);
    }
}
