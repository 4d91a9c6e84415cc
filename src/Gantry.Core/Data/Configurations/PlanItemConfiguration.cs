using Gantry.Core.Organisations;
using Gantry.Core.Plans;
using Gantry.Core.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> builder)
    {
        builder.ToTable("PlanItems");
        // Ids are made in code; a new row found through the parent's list must be inserted, not updated.
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Code).HasMaxLength(Activity.CodeMaxLength);
        builder.Property(i => i.Name).HasMaxLength(Activity.NameMaxLength);
        builder.Property(i => i.Unit).HasMaxLength(PlanItem.UnitMaxLength);
        builder.Property(i => i.Quantity).HasPrecision(18, 3);
        builder.Property(i => i.MasterStart).IsWallClock();
        builder.Property(i => i.MasterFinish).IsWallClock();
        builder.Ignore(i => i.InMaster);
        builder.Ignore(i => i.HasProgress);
        // No foreign key to the activity: a deleted activity must still show as "deleted in master".
        builder.HasIndex(i => i.ActivityId);
        builder.HasMany(i => i.Tasks).WithOne().HasForeignKey(t => t.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Tasks).HasField("_tasks");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.ResponsibleOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
