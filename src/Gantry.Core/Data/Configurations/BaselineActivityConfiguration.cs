using Gantry.Core.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class BaselineActivityConfiguration : IEntityTypeConfiguration<BaselineActivity>
{
    public void Configure(EntityTypeBuilder<BaselineActivity> builder)
    {
        builder.ToTable("BaselineActivities");
        builder.IsNotAudited();
        builder.Property(b => b.Code).HasMaxLength(Activity.CodeMaxLength);
        builder.Property(b => b.Start).IsWallClock();
        builder.Property(b => b.Finish).IsWallClock();
        builder.HasIndex(b => new { b.BaselineId, b.ActivityId }).IsUnique();
        builder.HasOne<Baseline>().WithMany().HasForeignKey(b => b.BaselineId).OnDelete(DeleteBehavior.Cascade);
    }
}
