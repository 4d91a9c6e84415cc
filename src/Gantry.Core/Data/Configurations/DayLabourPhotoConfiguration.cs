using Gantry.Core.DayLabour;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gantry.Core.Data.Configurations;

internal sealed class DayLabourPhotoConfiguration : IEntityTypeConfiguration<DayLabourPhoto>
{
    public void Configure(EntityTypeBuilder<DayLabourPhoto> builder)
    {
        builder.Property(p => p.FileName).HasMaxLength(DayLabourPhoto.FileNameMaxLength);
        builder.Property(p => p.ContentType).HasMaxLength(50);
        builder.Property(p => p.StorageKey).HasMaxLength(100);
        builder.HasIndex(p => p.TicketId);
        builder.HasOne<DayLabourTicket>().WithMany().HasForeignKey(p => p.TicketId).OnDelete(DeleteBehavior.Cascade);
    }
}
